using System.Text.Json;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// The W3C Nu HTML checker (<c>vnu.jar</c> from <c>tests/tools</c>, run on Java) over every page of the built sample,
/// in one run. Needs Java, not Chromium.
/// </summary>
[Collection(ServedSiteGroup.Name)]
public sealed class HtmlValidityTests(ServedSiteFixture site, ITestOutputHelper output)
{
    /// <summary>A page with a known error (no &lt;title&gt;), checked in the same run to show the checker is really checking.</summary>
    private const string Canary = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body><p>No title.</p></body>\n</html>\n";

    [Fact]
    public async Task The_Nu_HTML_checker_finds_no_errors_on_any_page()
    {
        TestTools.Require(TestTools.Vnu, TestTools.Java);

        using var canary = new TempFolder();
        var canaryFile = canary.Combine("canary.html");
        await File.WriteAllTextAsync(canaryFile, Canary, TestContext.Current.CancellationToken);
        var pageCount = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Count();

        var (exit, stderr) = await RunAsync(TestTools.JavaPath!,
            ["-jar", TestTools.VnuJar, "--errors-only", "--format", "json", "--skip-non-html", site.Output, canary.Path]);
        Assert.True(stderr.TrimStart().StartsWith('{'), $"vnu.jar did not report JSON (exit {exit}):\n{stderr}");

        using var report = JsonDocument.Parse(stderr);
        var errors = report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => new NuError(
                m.TryGetProperty("url", out var url) ? LocalPathOf(url.GetString() ?? "") : "(no file)",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : 0,
                m.GetProperty("message").GetString() ?? "",
                m.TryGetProperty("extract", out var extract) ? extract.GetString() ?? "" : ""))
            .ToList();

        Assert.True(errors.Any(e => e.File == canaryFile), "the checker reported nothing for a page without a <title>: it is not checking");
        var siteErrors = errors.Where(e => e.File != canaryFile).ToList();
        output.WriteLine($"checked {pageCount} HTML files of the sample: {siteErrors.Count} error(s)");
        Assert.True(siteErrors.Count == 0,
            $"the Nu HTML checker found {siteErrors.Count} error(s) in the built sample:\n"
            + string.Join('\n', siteErrors.Select(e => e.Describe(site.Output))));
    }

    /// <summary>vnu names files as <c>file:/tmp/x.html</c>, which <see cref="Uri"/> does not parse.</summary>
    private static string LocalPathOf(string url) =>
        url.StartsWith("file:", StringComparison.Ordinal)
            ? Uri.UnescapeDataString("/" + url["file:".Length..].TrimStart('/'))
            : url;

    private static async Task<(int Exit, string Stderr)> RunAsync(string program, IEnumerable<string> arguments)
    {
        var (exit, _, stderr) = await ToolProcessRun.RunAsync(program, arguments);
        return (exit, stderr);
    }

    private sealed record NuError(string File, int Line, int Column, string Message, string Extract)
    {
        public string Describe(string root) =>
            $"{Path.GetRelativePath(root, File)}:{Line}:{Column}: {Message}" + (Extract.Length > 0 ? $"\n    {Extract.ReplaceLineEndings(" ").Trim()}" : "");
    }
}
