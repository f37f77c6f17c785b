using System.Collections.Immutable;
using PaperDigest.Content;

namespace PaperDigest.Scaffolding;

/// <summary>
/// The authors of a BibTeX <c>author</c> field as the digest writes them, "First von Last Jr.": names are split
/// at <c>and</c> outside braces, and each of BibTeX's forms is read — "First von Last", "von Last, First" and
/// "von Last, Jr, First". A braced name (<c>{OpenAI Team}</c>) stays whole. Every name is kept in order, two
/// co-authors of the same name too; <c>others</c> (et al.) makes the list incomplete.
/// </summary>
internal static class BibTexNames
{
    public static AuthorList Split(string authorField)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        var incomplete = false;
        foreach (var raw in SplitTopLevel(authorField))
        {
            if (raw.Equals(AuthorList.OthersMarker, StringComparison.OrdinalIgnoreCase))
            {
                incomplete = true;
                continue;
            }

            var name = DisplayName(raw);
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return AuthorList.Of(names, incomplete);
    }

    /// <summary>One name in BibTeX's forms, as "First von Last Jr".</summary>
    public static string DisplayName(string raw)
    {
        var parts = CommaParts(raw).Select(TexToUnicode.Convert).ToList();
        return parts.Count switch
        {
            1 => parts[0],
            // "von Last, First"
            2 => Join(parts[1], parts[0]),
            // "von Last, Jr, First"
            _ => Join(string.Join(' ', parts.Skip(2)), parts[0], parts[1]),
        };
    }

    private static string Join(params string[] parts) => string.Join(' ', parts.Where(p => p.Length > 0));

    /// <summary>The names of an author field: split at the word <c>and</c> (any case) at brace depth 0.</summary>
    private static List<string> SplitTopLevel(string field)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsWhiteSpace(c) && i + 4 < field.Length
                && field.AsSpan(i + 1, 3).Equals("and", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(field[i + 4]))
            {
                names.Add(field[start..i].Trim());
                start = i + 4;
                i += 3;
            }
        }

        names.Add(field[start..].Trim());
        return [.. names.Where(n => n.Length > 0)];
    }

    /// <summary>A name's parts between commas at brace depth 0 (<c>{Barnes, Noble}</c> is one part).</summary>
    private static List<string> CommaParts(string name)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < name.Length; i++)
        {
            switch (name[i])
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '\\':
                    i++;
                    break;
                case ',' when depth == 0:
                    parts.Add(name[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(name[start..]);
        return parts;
    }
}
