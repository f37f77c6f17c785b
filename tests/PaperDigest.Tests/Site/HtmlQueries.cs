using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PaperDigest.Tests.Site;

/// <summary>Theme-independent ways to find things on a page: by element, link target and text, not by CSS class.</summary>
internal static partial class HtmlQueries
{
    [GeneratedRegex("^/papers/[^/]+/$")]
    private static partial Regex PaperPath();

    /// <summary>The page's main content, or its body when it has no <c>main</c>.</summary>
    public static IElement MainContent(IDocument document) => document.QuerySelector("main") ?? document.Body!;

    public static string Text(INode node) => WriteUpSnippets.Normalise(node.TextContent);

    /// <summary>The papers an element links to, each once, in document order.</summary>
    public static IReadOnlyList<string> PaperLinks(IElement scope) =>
        [.. scope.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => PaperPath().IsMatch(h)).Distinct()];

    public static bool IsPaperLink(IElement element) =>
        element.LocalName == "a" && element.GetAttribute("href") is { } href && PaperPath().IsMatch(href);

    /// <summary>The link to the next (older) page of a listing: <c>rel="next"</c>, else a link whose text says so.</summary>
    public static IElement? NextLink(IDocument document) =>
        MainContent(document).QuerySelector("a[rel~='next']")
        ?? MainContent(document).QuerySelectorAll("a[href]").FirstOrDefault(a => Text(a).StartsWith("Older", StringComparison.OrdinalIgnoreCase)
            || Text(a).StartsWith("Next", StringComparison.OrdinalIgnoreCase));

    /// <summary>The link to the previous (newer) page of a listing: <c>rel="prev"</c>, else a link whose text says so.</summary>
    public static IElement? PreviousLink(IDocument document) =>
        MainContent(document).QuerySelector("a[rel~='prev']")
        ?? MainContent(document).QuerySelectorAll("a[href]").FirstOrDefault(a => Text(a).StartsWith("Newer", StringComparison.OrdinalIgnoreCase)
            || Text(a).StartsWith("Previous", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Fails if any script a browser would run mentions <paramref name="marker"/>, or if a data script
    /// (<c>application/ld+json</c>) is not valid JSON, which is how text breaking out of it would show.
    /// </summary>
    public static void AssertNoInjectedScript(IDocument document, string marker, string where)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = (script.GetAttribute("type") ?? "").Trim().ToLowerInvariant();
            if (type.EndsWith("json", StringComparison.Ordinal))
            {
                try
                {
                    using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
                }
                catch (System.Text.Json.JsonException ex)
                {
                    Assert.Fail($"{where}: a {type} script is not valid JSON ({ex.Message}): {script.TextContent}");
                }
            }
            else
            {
                Assert.False(script.TextContent.Contains(marker, StringComparison.Ordinal), $"{where} runs a script holding '{marker}': {script.OuterHtml}");
            }
        }
    }
}
