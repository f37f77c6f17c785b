using Microsoft.Playwright;
using PaperDigest.Building;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// A digest whose every field carries script-injection payloads, built and loaded in Chromium with the
/// Content-Security-Policy bypassed (so escaping alone is tested): no script of theirs runs on any page.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class ScriptInjectionTests(ServedSiteFixture site)
{
    private const string Script = "<script>window.__pwned=1</script>";
    private const string Attribute = "\"><img src=x onerror=\"window.__pwned=1\">";
    private const string ScriptClose = "</script><script>window.__pwned=1</script>";
    private const string MathText = "$\\text{<img src=x onerror=window.__pwned=1>}$";

    [Fact]
    public async Task No_payload_in_any_field_runs_on_any_page()
    {
        var shared = await site.PageAsync(Look.Desktop);

        using var temp = new TempFolder();
        var input = WriteHostileDigest(temp.Combine("input"));
        var built = temp.Combine("site");
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, built));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        await using var server = await StaticSiteServer.StartAsync(built);
        var context = await shared.Context.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl.ToString(),
            BypassCSP = true,
        });
        try
        {
            var page = await context.NewPageAsync();
            var dialogs = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };

            var paths = Directory.EnumerateFiles(built, "*.html", SearchOption.AllDirectories)
                .Select(f => "/" + Path.GetRelativePath(built, f).Replace('\\', '/'))
                .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.Contains("/papers/hostile/", paths);
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                var pwned = await page.EvaluateAsync<bool>("() => window.__pwned !== undefined");
                var handlers = await page.EvaluateAsync<int>(
                    "() => document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover],[onfocus]').length");
                var foreignScripts = await page.EvaluateAsync<int>(
                    "() => [...document.scripts].filter(s => s.type !== 'application/ld+json' && !(s.src && new URL(s.src).pathname.startsWith('/assets/'))).length");
                var scriptLinks = await page.EvaluateAsync<int>(
                    "() => [...document.querySelectorAll('a[href]')].filter(a => /^\\s*(javascript|data|vbscript):/i.test(a.getAttribute('href'))).length");
                Assert.False(pwned, $"a payload ran on {path}");
                Assert.Equal(0, handlers);
                Assert.Equal(0, foreignScripts);
                Assert.Equal(0, scriptLinks);

                // The JSON-LD of a paper page stays one valid JSON document.
                if (path == "/papers/hostile/")
                {
                    var title = await page.EvaluateAsync<string>("() => JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).headline");
                    Assert.Contains(ScriptClose, title, StringComparison.Ordinal);
                }
            }

            Assert.Empty(dialogs);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string WriteHostileDigest(string folder)
    {
        var yaml = (string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var siteYml = $"""
            title: {yaml("Digest " + Script)}
            description: {yaml("About " + Attribute)}
            base_url: https://hostile.example.org
            language: en
            timezone: UTC
            page_size: 10
            feed_items: 20
            editors: [{yaml("Editor " + Script)}]

            """;
        var tagsYml = $"""
            testing:
              name: {yaml("Tag " + Script)}
              description: {yaml("Tag description " + Attribute)}

            """;
        var entry = $"""
            ---
            title: {yaml("Hostile " + ScriptClose)}
            authors: [{yaml("Eve " + Attribute)}, {yaml("Mallory " + Script)}]
            date: 2025-03-11
            tags: [testing]
            venue: {yaml("Venue " + Attribute)}
            tldr: {yaml("Summary " + ScriptClose + " & more")}
            slug: hostile
            links:
              code: "https://example.org/x?a=1&b=<script>window.__pwned=1</script>"
            ---
            Raw {Script} and {Attribute} in the write-up.

            [a link](javascript:window.__pwned=1) and [another](  JaVaScRiPt:window.__pwned=1) and [data](data:text/html,<script>window.__pwned=1</script>).

            ![image](x" onerror="window.__pwned=1)

            Math: $</math><script>window.__pwned=1</script>$ and {MathText}.

            """;
        var page = $"""
            ---
            title: {yaml("About " + Script)}
            ---
            {Attribute}

            """;
        TinyDigest.Create(folder, siteYml, tagsYml, ("2025/hostile.md", entry));
        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        File.WriteAllText(Path.Combine(folder, "pages", "about.md"), page);
        return folder;
    }
}
