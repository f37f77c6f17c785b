using System.Globalization;
using PaperDigest.Parsing;

namespace PaperDigest.Citations;

/// <summary>What an arXiv id says about its paper. Citations name the paper, not a version, so the version is dropped.</summary>
internal static class ArxivId
{
    /// <summary><c>2309.05153v2</c> → <c>2309.05153</c>; <c>hep-th/9901001v2</c> → <c>hep-th/9901001</c>.</summary>
    public static string Bare(string id) => Identifiers.ArxivWithoutVersion(id);

    public static string AbsUrl(string id) => "https://arxiv.org/abs/" + Bare(id);

    /// <summary>The archive an old-style id names (<c>hep-th</c>, <c>math.AG</c>); new-style ids do not say, so null.</summary>
    public static string? PrimaryClass(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? id[..slash] : null;
    }

    /// <summary>
    /// The year and month of the paper's first version, which the id was assigned in: its first four digits (after the
    /// archive of an old-style id) are YYMM. Old-style ids ran from 1991 to 2007; new-style ids began in April 2007.
    /// </summary>
    public static CitationDate FirstVersion(string id)
    {
        var bare = Bare(id);
        var digits = bare[(bare.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var yy = int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var mm = int.Parse(digits.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        var oldStyle = bare.Contains('/', StringComparison.Ordinal);
        // Old-style ids are not checked for a real month when read, so a month out of range is left unknown.
        return new CitationDate(oldStyle && yy >= 91 ? 1900 + yy : 2000 + yy, mm is >= 1 and <= 12 ? mm : null);
    }
}
