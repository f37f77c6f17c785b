using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperDigest.Parsing;

/// <summary>The shapes of the identifiers an entry carries: arXiv ids, DOIs, slugs and aliases.</summary>
internal static partial class Identifiers
{
    [GeneratedRegex(@"^(?<id>(?<yy>[0-9]{2})(?<mm>[0-9]{2})\.[0-9]{4,5})(?<v>v[1-9][0-9]{0,2})?\z")]
    private static partial Regex NewArxiv();

    [GeneratedRegex(@"^(?<id>[a-z]+(-[a-z]+)*(\.[A-Z]{2})?/[0-9]{7})(?<v>v[1-9][0-9]{0,2})?\z")]
    private static partial Regex OldArxiv();

    [GeneratedRegex(@"^10\.[0-9]{4,9}/[^\s]+\z")]
    private static partial Regex DoiShape();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]\z")]
    private static partial Regex OrcidShape();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]*\z")]
    private static partial Regex SlugShape();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*\z")]
    private static partial Regex TagShape();

    [GeneratedRegex(@"^/([A-Za-z0-9._~-]+/)*([A-Za-z0-9._~-]+)?\z")]
    private static partial Regex AliasShape();

    [GeneratedRegex(@"^[a-z]+(-[a-z]+)*(\.[A-Za-z]+(-[A-Za-z]+)*)?\z")]
    private static partial Regex ArxivCategoryShape();

    public const int MaxSlugLength = 100;

    /// <summary>True for <c>2309.05153</c>, <c>2309.05153v2</c>, <c>hep-th/9901001</c>; months must be 01 to 12.</summary>
    public static bool IsArxivId(string id)
    {
        var match = NewArxiv().Match(id);
        if (match.Success)
        {
            var month = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12;
        }

        return OldArxiv().IsMatch(id);
    }

    /// <summary>
    /// True for what looks like an arXiv category: an archive in lower case (<c>hep-th</c>, <c>cs</c>), optionally a
    /// dot and a subject class (<c>cs.CL</c>, <c>math.PR</c>, <c>astro-ph.CO</c>, <c>cond-mat.stat-mech</c>).
    /// </summary>
    public static bool IsArxivCategory(string category) => category.Length <= 40 && ArxivCategoryShape().IsMatch(category);

    /// <summary>The id without its version suffix: the same paper whatever version an editor cites.</summary>
    public static string ArxivWithoutVersion(string id)
    {
        if (!NewArxiv().IsMatch(id) && !OldArxiv().IsMatch(id))
        {
            return id;
        }

        // Neither shape has a 'v' after its last '/', so a 'v' there starts the version.
        var version = id.LastIndexOf('v');
        return version > id.LastIndexOf('/') ? id[..version] : id;
    }

    /// <summary>
    /// An ORCID iD as its bare form (<c>0000-0002-1825-0097</c>), from that or its <c>https://orcid.org/</c> link;
    /// null unless it has the shape 0000-0000-0000-000X and its check digit (ISO 7064 MOD 11-2) is right.
    /// </summary>
    public static string? NormaliseOrcid(string text)
    {
        var id = text.Trim();
        foreach (var prefix in (ReadOnlySpan<string>)["https://orcid.org/", "http://orcid.org/", "orcid.org/"])
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                id = id[prefix.Length..];
                break;
            }
        }

        if (!OrcidShape().IsMatch(id))
        {
            return null;
        }

        var total = 0;
        foreach (var c in id.AsSpan(0, id.Length - 1))
        {
            if (c != '-')
            {
                total = (total + (c - '0')) * 2;
            }
        }

        var check = (12 - (total % 11)) % 11;
        return id[^1] == (check == 10 ? 'X' : (char)('0' + check)) ? id : null;
    }

    /// <summary>A DOI without <c>doi:</c> or resolver prefixes, or null when it does not look like one.</summary>
    public static string? NormaliseDoi(string doi)
    {
        var text = doi.Trim();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..];
                break;
            }
        }

        return DoiShape().IsMatch(text) ? text : null;
    }

    public static bool IsSlug(string slug) =>
        slug.Length <= MaxSlugLength && SlugShape().IsMatch(slug) && !slug.Contains("..", StringComparison.Ordinal);

    public static bool IsTagSlug(string slug) => slug.Length <= 60 && TagShape().IsMatch(slug);

    /// <summary>An alias is a site path such as <c>/old/path/</c>: no <c>..</c>, no backslashes, no host.</summary>
    public static bool IsAlias(string alias) =>
        alias.Length <= 300 && AliasShape().IsMatch(alias) && alias != "/"
        && !alias.Split('/').Any(segment => segment is "." or "..");

    /// <summary>Site sections and files the build writes itself; an alias there would overwrite them.</summary>
    private static readonly HashSet<string> ReservedFirstSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "tags", "authors", "days", "weeks", "months", "archive", "feeds", "page", "assets", "newsletter", "search",
        "feed.xml", "atom.xml", "feed.json", "feeds.opml", "authors.opml", "sitemap.xml", "robots.txt", "404.html", "index.html",
        "_redirects", "_headers", "favicon.svg", ".paperdigest-output",
    };

    /// <summary>The reserved section an alias falls in (<c>/tags/</c>), or null. <c>/papers/old-slug/</c> is allowed: it is what renames leave behind.</summary>
    public static string? ReservedAliasSection(string alias)
    {
        var first = alias.TrimStart('/').Split('/')[0];
        return ReservedFirstSegments.Contains(first) ? "/" + first + (first.Contains('.', StringComparison.Ordinal) ? "" : "/") : null;
    }

    /// <summary>The default slug of an entry: its arXiv id (without version, '/' made '-'), else the kebab-case title.</summary>
    public static string DefaultSlug(string? arxiv, string title)
    {
        if (arxiv is not null)
        {
            return ArxivWithoutVersion(arxiv).Replace('/', '-').ToLowerInvariant();
        }

        var kebab = Kebab(title, 80);
        return kebab.Length > 0
            ? kebab
            : "paper-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title)))[..10];
    }

    /// <summary>Lower-case ASCII words joined by '-', accents removed, cut at a word boundary.</summary>
    public static string Kebab(string text, int maxLength)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var kebab = builder.ToString().Trim('-');
        if (kebab.Length > maxLength)
        {
            var cut = kebab.LastIndexOf('-', maxLength);
            kebab = cut > 0 ? kebab[..cut] : kebab[..maxLength];
        }

        return kebab;
    }
}
