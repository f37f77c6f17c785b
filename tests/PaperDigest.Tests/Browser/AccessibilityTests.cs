using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// axe-core (from <c>tests/tools</c>) run in Chromium on each kind of page, in the light and the dark colour scheme,
/// with the WCAG 2.0 and 2.1 A and AA rules: the design promises no findings.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class AccessibilityTests(ServedSiteFixture site)
{
    private const string RunAxe = """
        async () => {
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return {
            passes: r.passes.length,
            violations: r.violations.map(v => ({
              id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
              nodes: v.nodes.map(n => ({
                target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(', '),
                html: n.html.length > 200 ? n.html.slice(0, 200) + '…' : n.html,
                summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim(),
              })),
            })),
          };
        }
        """;

    public static TheoryData<string, string> PagesInBothSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in SamplePages.Names)
        {
            data.Add(page, "light");
            data.Add(page, "dark");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInBothSchemes))]
    public async Task Axe_finds_no_WCAG_21_A_or_AA_violations(string pageName, string scheme)
    {
        TestTools.Require(TestTools.Chromium, TestTools.Axe);
        var page = await site.PageAsync(scheme == "dark" ? Look.DesktopDark : Look.Desktop);

        var path = site.Pages.PathOf(pageName);
        var expected = path == SamplePages.Missing ? 404 : 200;
        var response = await page.GotoAsync(path);
        Assert.True(response?.Status == expected,
            $"{path} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, not {expected}");
        await page.AddScriptTagAsync(new() { Path = TestTools.AxeScript });

        var result = await page.EvaluateAsync<JsonElement>(RunAxe);
        Assert.True(result.GetProperty("passes").GetInt32() > 0, "axe passed no rule at all: it did not really run");
        var violations = result.GetProperty("violations");
        Assert.True(violations.GetArrayLength() == 0, Describe($"{pageName} {path} ({scheme})", violations));
    }

    /// <summary>One block per rule: id, impact, help and link, then each element's selector, markup and what to fix.</summary>
    private static string Describe(string where, JsonElement violations)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"axe found {violations.GetArrayLength()} violated rule(s) on {where}:");
        foreach (var v in violations.EnumerateArray())
        {
            text.Append(CultureInfo.InvariantCulture,
                $"\n- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} <{v.GetProperty("helpUrl").GetString()}>");
            foreach (var n in v.GetProperty("nodes").EnumerateArray())
            {
                text.Append(CultureInfo.InvariantCulture, $"\n    at {n.GetProperty("target").GetString()}: {n.GetProperty("html").GetString()}");
                text.Append(CultureInfo.InvariantCulture, $"\n       {n.GetProperty("summary").GetString()}");
            }
        }

        return text.ToString();
    }
}
