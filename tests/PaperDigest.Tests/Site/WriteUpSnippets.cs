using System.Text.RegularExpressions;

namespace PaperDigest.Tests.Site;

/// <summary>
/// Picks text a reader must see from a Markdown write-up: the start of each ordinary paragraph, up to the
/// first character that Markdown would turn into markup (math, emphasis, links, code, footnotes).
/// </summary>
internal static partial class WriteUpSnippets
{
    private const int MinLength = 20;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static IReadOnlyList<string> Of(string markdown)
    {
        var snippets = new List<string>();
        foreach (var block in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var paragraph = block.Trim();
            if (paragraph.Length == 0 || "|#$[->*`<0123456789".Contains(paragraph[0], StringComparison.Ordinal))
            {
                continue;
            }

            var end = paragraph.IndexOfAny(['$', '*', '_', '[', '`', '<', '&', '\\', '!']);
            var text = Normalise(end < 0 ? paragraph : paragraph[..end]);
            if (text.Length >= MinLength)
            {
                snippets.Add(text);
            }
        }

        return snippets;
    }

    /// <summary>Whitespace runs made one space, trimmed: how text compares whatever the markup's line breaks.</summary>
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();
}
