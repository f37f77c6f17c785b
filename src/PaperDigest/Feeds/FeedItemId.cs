using System.Text;
using PaperDigest.Content;

namespace PaperDigest.Feeds;

/// <summary>
/// An item id that survives rebuilds and slug renames: <c>urn:arxiv:ID</c>, else <c>urn:doi:DOI</c>, else the
/// paper's first URL (its oldest alias if it was renamed, otherwise its permalink). The same id serves as RSS guid,
/// Atom id and JSON Feed id, and is always an IRI as Atom requires.
/// </summary>
internal static class FeedItemId
{
    public static string Of(Paper paper, Func<string, string> absoluteUrl) =>
        paper.Arxiv is { } arxiv ? $"urn:arxiv:{Parsing.Identifiers.ArxivWithoutVersion(arxiv)}"
        : paper.Doi is { } doi ? $"urn:doi:{EscapeForUrn(doi)}"
        : absoluteUrl(paper.Aliases.Length > 0 ? paper.Aliases[0] : paper.Path);

    /// <summary>Whether the id is a URL a reader can open (RSS's isPermaLink).</summary>
    public static bool IsPermalink(string id) => id.StartsWith("http", StringComparison.Ordinal);

    /// <summary>
    /// A DOI may hold any non-space character; in a URN only unreserved characters, sub-delims, ':', '@' and '/' may
    /// stand as they are (RFC 3986, RFC 8141: '?' and '#' would start components), so the rest is percent-encoded as UTF-8.
    /// </summary>
    private static string EscapeForUrn(string text)
    {
        if (text.All(Allowed))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && Allowed((char)rune.Value))
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool Allowed(char c) => char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".Contains(c, StringComparison.Ordinal);
}
