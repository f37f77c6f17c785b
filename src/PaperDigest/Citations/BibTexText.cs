using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// Field values for BibTeX. BibTeX counts braces without regard to backslashes, so <c>\}</c> would still close
/// a field: literal braces are written as <c>\textbraceleft{}</c> and <c>\textbraceright{}</c>, and every brace
/// this class emits is balanced, so no value can end its field or entry. Unicode stays UTF-8 for biber and bibtexu.
/// </summary>
internal static partial class BibTexText
{
    [GeneratedRegex(@"\band\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndWord();

    /// <summary>LaTeX-escaped text: <c>\ { } % &amp; $ # _ ^ ~</c> made literal, line breaks flattened, bidi controls dropped.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in CitationText.Flatten(text))
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '%' or '&' or '$' or '#' or '_' => "\\" + c,
                // Invisible, and they reorder how the .bib file reads in an editor; LaTeX cannot typeset them anyway.
                _ when CitationText.IsBidiControl(c) => "",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// A title in an extra pair of braces, so styles keep its capitals (acronyms, names). A group that starts with a
    /// backslash would count as one "special character", whose letters BibTeX does change, hence the leading <c>{}</c>.
    /// </summary>
    public static string Title(string title)
    {
        var escaped = Escape(title);
        return "{" + (escaped.StartsWith('\\') ? "{}" : "") + escaped + "}";
    }

    /// <summary>
    /// <c>Last1, First1 and Last2, First2</c>, ending in <c>and others</c> when the list is incomplete; a name part
    /// holding the word "and" or stray commas is braced so it is not split there.
    /// </summary>
    public static string Authors(AuthorList authors)
    {
        var names = string.Join(" and ", authors.Names.Select(Author).Where(a => a.Length > 0));
        return names.Length > 0 && authors.Incomplete ? names + " and others" : names;
    }

    /// <summary>Pages for BibTeX: a range's dash as TeX's en dash, <c>--</c>.</summary>
    public static string Pages(string pages) =>
        Escape(pages.Replace("\u2013", "--", StringComparison.Ordinal).Replace("\u2014", "--", StringComparison.Ordinal));

    /// <summary>
    /// URLs and DOIs are verbatim in biblatex and go through <c>\url</c> in BibTeX styles, so they are not
    /// LaTeX-escaped; only what could unbalance the field (braces, backslash) or split it (spaces) is percent-encoded.
    /// </summary>
    public static string Verbatim(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '{' => "%7B",
                '}' => "%7D",
                '\\' => "%5C",
                _ when char.IsWhiteSpace(c) || char.IsControl(c) => "%20",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Author(string full)
    {
        var (given, family) = AuthorName.Split(CitationText.Flatten(full));
        family = Protect(Escape(family), allowedCommas: 0);
        // One comma is BibTeX's "Last, Jr, First" form; more would be "too many commas".
        given = Protect(Escape(given), allowedCommas: 1);
        return given.Length == 0 || family.Length == 0 ? family + given : $"{family}, {given}";
    }

    /// <summary>Braces a name part that BibTeX would otherwise split: at the word "and", or at surplus commas.</summary>
    private static string Protect(string part, int allowedCommas) =>
        AndWord().IsMatch(part) || part.Count(c => c == ',') > allowedCommas ? "{" + part + "}" : part;
}
