using System.Text.RegularExpressions;
using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>Finds arXiv ids, DOIs and links in the free text of imported fields (URLs, journal names, notes).</summary>
internal static partial class PaperLinksText
{
    private const string ArxivShape = @"(?<id>[0-9]{4}\.[0-9]{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?";

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/" + ArxivShape, RegexOptions.IgnoreCase)]
    private static partial Regex ArxivUrl();

    [GeneratedRegex(@"\barXiv\s*:?\s*" + ArxivShape)]
    private static partial Regex ArxivMention();

    [GeneratedRegex(@"^10\.48550/arXiv\." + ArxivShape + @"\z", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivDoi();

    [GeneratedRegex(@"https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)/[^\s{}\\,;""'<>()\[\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex CodeHost();

    /// <summary>An arXiv id as written (<c>2309.05153v2</c>, <c>arXiv:hep-th/9901001</c>) without its version; null if it is none.</summary>
    public static string? ArxivId(string text)
    {
        var id = text.Trim();
        if (id.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
        {
            id = id[6..].Trim();
        }

        return Identifiers.IsArxivId(id) ? Identifiers.ArxivWithoutVersion(id) : null;
    }

    /// <summary>The id in an <c>arxiv.org/abs/...</c> or <c>/pdf/...</c> URL.</summary>
    public static string? ArxivFromUrl(string text) => Valid(ArxivUrl().Match(text));

    /// <summary>The id in a journal such as <c>arXiv preprint arXiv:2309.05153</c>.</summary>
    public static string? ArxivFromMention(string text) => Valid(ArxivMention().Match(text));

    /// <summary>The id of arXiv's own DOI, <c>10.48550/arXiv.2309.05153</c>.</summary>
    public static string? ArxivFromDoi(string doi) => Valid(ArxivDoi().Match(doi));

    /// <summary>The first repository link (GitHub, GitLab, Codeberg, Bitbucket) in a text.</summary>
    public static Uri? CodeUrl(string text)
    {
        var match = CodeHost().Match(text);
        return match.Success ? HttpUrl(match.Value.TrimEnd('.', ':')) : null;
    }

    /// <summary>An absolute http or https URL, the only links an entry accepts; null for anything else.</summary>
    public static Uri? HttpUrl(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && trimmed.Length <= 2000 && !trimmed.Any(char.IsWhiteSpace)
            && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host)
            ? uri
            : null;
    }

    private static string? Valid(Match match) => match.Success ? ArxivId(match.Groups["id"].Value) : null;
}
