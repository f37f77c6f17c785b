using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PaperDigest.Tests.Cli;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Rendering;

/// <summary>
/// The real <c>paperdigest build</c> on a digest whose entry and free page carry links with hostile schemes: each is
/// a warning naming file:line:col, on a rebuild from the entry cache too, and no page, feed or index of the output
/// holds one as an <c>href</c> or <c>src</c>.
/// </summary>
public sealed class HostileLinkBuildTests
{
    private const string Body = """
        Intro with [a script](javascript:alert('pd-js-1')) here.

        ![chart](data:text/html,pd-data-2)

        > <vbscript:pd-vb-3>

        [by reference][evil] and ftp://example.org/pd-ftp-4

        [evil]: JaVa&#x09;ScRiPt:alert('pd-js-5')
        """;

    private const string Page = """
        ---
        title: About
        ---
        Contact [us](java&#x0A;script:alert('pd-page-6')) or [mail](mailto:editor@example.org).

        """;

    /// <summary>The warnings the build must print: file:line:col and what was refused (the entry's body starts on line 8).</summary>
    private static readonly string[] Expected =
    [
        @"in/pages/about\.md:4:9: warning PD0121: link to 'java\\nscript:alert\('pd-page-6'\)' uses the scheme 'javascript'",
        @"in/papers/2025/hostile\.md:8:12: warning PD0121: link to 'javascript:alert\('pd-js-1'\)' uses the scheme 'javascript'",
        @"in/papers/2025/hostile\.md:10:1: warning PD0121: image source 'data:text/html,pd-data-2' uses the scheme 'data'",
        @"in/papers/2025/hostile\.md:12:3: warning PD0121: link to 'vbscript:pd-vb-3' uses the scheme 'vbscript'",
        @"in/papers/2025/hostile\.md:14:1: warning PD0121: link to 'JaVa\\tScRiPt:alert\('pd-js-5'\)' uses the scheme 'javascript'.*reference definition is on line 16",
        @"in/papers/2025/hostile\.md:14:26: warning PD0121: link to 'ftp://example\.org/pd-ftp-4' uses the scheme 'ftp'",
    ];

    [Fact]
    public void Hostile_links_are_warned_about_with_their_place_and_never_reach_the_output()
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("in"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/hostile.md", TinyDigest.Entry("Hostile links", "2025-01-02", Body, extra: "slug: hostile-links\n")));
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        File.WriteAllText(Path.Combine(input, "pages", "about.md"), Page);

        AssertWarned(Build(temp));
        AssertNoHostileUrl(temp.Combine("out"));
        var page = File.ReadAllText(temp.Combine("out", "papers", "hostile-links", "index.html"));
        Assert.Contains("a script", page, StringComparison.Ordinal);
        Assert.Contains("vbscript:pd-vb-3", page, StringComparison.Ordinal);

        // Another entry changes the site: the hostile one comes from the entry cache, and its warnings with it.
        File.WriteAllText(Path.Combine(input, "papers", "2025", "other.md"), TinyDigest.Entry("Other", "2025-01-03", "Plain text."));
        AssertWarned(Build(temp));
        AssertNoHostileUrl(temp.Combine("out"));

        // Nothing changed: the build is skipped, and still says what it said.
        AssertWarned(Build(temp));
    }

    private static CliRun Build(TempFolder temp)
    {
        var run = PaperDigestProcess.Run(temp.Path, "build", "--input", "in", "--theme", RepoPaths.Theme, "--output", "out");
        run.AssertExit(0);
        run.AssertNoStackTrace();
        return run;
    }

    private static void AssertWarned(CliRun run)
    {
        var warnings = run.StderrLines.Where(l => l.Contains("PD0121", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == Expected.Length, $"expected {Expected.Length} PD0121 warnings\n{run}");
        foreach (var pattern in Expected)
        {
            Assert.True(warnings.Any(w => Regex.IsMatch(w, "^" + pattern)), $"no warning matches {pattern}\n{run}");
        }
    }

    /// <summary>
    /// Every URL attribute and meta tag of a page, its JSON-LD, every attribute of a feed's XML and of the HTML a feed or
    /// index carries, and every JSON string.
    /// </summary>
    private static void AssertNoHostileUrl(string site)
    {
        var parser = new HtmlParser();
        var checkedUrls = 0;
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            switch (Path.GetExtension(file))
            {
                case ".html":
                    CheckHtml(File.ReadAllText(file), file);
                    break;
                case ".xml":
                    foreach (var element in XDocument.Load(file).Descendants())
                    {
                        foreach (var attribute in element.Attributes())
                        {
                            Check(attribute.Value, file);
                        }

                        if (!element.HasElements)
                        {
                            CheckHtml(element.Value, file);
                        }
                    }

                    break;
                case ".json":
                    using (var json = JsonDocument.Parse(File.ReadAllText(file)))
                    {
                        CheckJson(json.RootElement, file);
                    }

                    break;
            }
        }

        Assert.True(checkedUrls > 50, $"only {checkedUrls} URLs were checked");

        void CheckJson(JsonElement element, string file)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        CheckJson(property.Value, file);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        CheckJson(item, file);
                    }

                    break;
                case JsonValueKind.String:
                    // A string of HTML is checked for its attributes; any other string may hold the refused URLs as text, never as a URL.
                    var text = element.GetString()!;
                    Assert.False(HostileSchemes.Starts(text), $"{file} holds the URL '{text}'");
                    CheckHtml(text, file);
                    break;
            }
        }

        void CheckHtml(string html, string file)
        {
            if (!html.Contains('<', StringComparison.Ordinal))
            {
                return;
            }

            var document = parser.ParseDocument(html);
            foreach (var element in document.QuerySelectorAll("[href], [src], [action], [formaction], [poster], [data], meta[content]"))
            {
                foreach (var attribute in element.Attributes.Where(a => a.Name != "content"))
                {
                    Check(attribute.Value, file);
                }

                // A description or og:url: text, never one of the refused URLs.
                Assert.False(HostileSchemes.Starts(element.GetAttribute("content") ?? ""), $"{file} has a meta tag '{element.OuterHtml}'");
            }

            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                using var json = JsonDocument.Parse(script.TextContent);
                CheckJson(json.RootElement, file);
            }
        }

        void Check(string url, string file)
        {
            checkedUrls++;
            Assert.False(HostileSchemes.Starts(url), $"{file} holds the URL '{url}'");
            Assert.DoesNotContain("pd-js", url, StringComparison.Ordinal);
            Assert.DoesNotContain("pd-data", url, StringComparison.Ordinal);
            Assert.DoesNotContain("pd-vb", url, StringComparison.Ordinal);
            Assert.DoesNotContain("pd-ftp", url, StringComparison.Ordinal);
            Assert.DoesNotContain("pd-page", url, StringComparison.Ordinal);
        }
    }
}
