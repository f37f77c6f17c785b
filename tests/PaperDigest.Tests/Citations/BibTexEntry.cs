using System.Text;
using PaperDigest.Citations;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// A BibTeX entry read the way BibTeX reads one, written independently of the code under test: braces are counted
/// with no regard to backslashes, and text after the entry's closing brace is outside it (another <c>@</c> there
/// would start a second entry). Throws <see cref="FormatException"/> for anything BibTeX would not read as one entry.
/// </summary>
internal sealed record BibTexEntry(string Type, string Key, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public string this[string name] => Fields.Single(f => f.Key == name).Value;

    public bool Has(string name) => Fields.Any(f => f.Key == name);

    public static BibTexEntry ParseSingle(string text)
    {
        var i = 0;
        Expect(text, ref i, '@');
        var type = Word(text, ref i);
        Expect(text, ref i, '{');
        var key = Word(text, ref i);
        var fields = new List<KeyValuePair<string, string>>();
        while (true)
        {
            SkipSpace(text, ref i);
            if (i < text.Length && text[i] == '}')
            {
                i++;
                break;
            }

            Expect(text, ref i, ',');
            SkipSpace(text, ref i);
            if (i < text.Length && text[i] == '}')
            {
                i++;
                break;
            }

            var name = Word(text, ref i);
            SkipSpace(text, ref i);
            Expect(text, ref i, '=');
            SkipSpace(text, ref i);
            fields.Add(new(name, i < text.Length && char.IsAsciiLetterLower(text[i]) ? MonthMacro(text, ref i) : BracedValue(text, ref i)));
        }

        var rest = text[i..];
        if (rest.Trim().Length > 0)
        {
            throw new FormatException($"text after the entry: '{rest}'");
        }

        return new BibTexEntry(type, key, fields);
    }

    /// <summary>The text our escapes stand for: the inverse of <c>BibTexText.Escape</c>, written out by hand.</summary>
    public static string Unescape(string value) => new StringBuilder(value)
        .Replace(@"\textbackslash{}", "\u0001")
        .Replace(@"\textbraceleft{}", "{")
        .Replace(@"\textbraceright{}", "}")
        .Replace(@"\textasciicircum{}", "^")
        .Replace(@"\textasciitilde{}", "~")
        .Replace(@"\%", "%").Replace(@"\&", "&").Replace(@"\$", "$").Replace(@"\#", "#").Replace(@"\_", "_")
        .Replace("\u0001", "\\")
        .ToString();

    /// <summary>The names of an author field, split as BibTeX splits them: at the word "and" outside braces.</summary>
    public static IReadOnlyList<string> Names(string value)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            depth += value[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0 && i > 0 && char.IsWhiteSpace(value[i - 1]) && i + 4 <= value.Length
                && value.AsSpan(i, 3).Equals("and", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(value[i + 3]))
            {
                names.Add(value[start..(i - 1)].Trim());
                start = i + 4;
            }
        }

        names.Add(value[start..].Trim());
        return names;
    }

    /// <summary>Commas outside braces: BibTeX reads a name with more than two as garbled.</summary>
    public static int TopLevelCommas(string name)
    {
        var depth = 0;
        var commas = 0;
        foreach (var c in name)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            commas += depth == 0 && c == ',' ? 1 : 0;
        }

        return commas;
    }

    /// <summary>A bare month macro (<c>sep</c>), the only unbraced value the writer makes.</summary>
    private static string MonthMacro(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiLetterLower(text[i]))
        {
            i++;
        }

        var macro = text[start..i];
        if (!"jan feb mar apr may jun jul aug sep oct nov dec".Split(' ').Contains(macro))
        {
            throw new FormatException($"'{macro}' is no month macro");
        }

        return macro;
    }

    private static string BracedValue(string text, ref int i)
    {
        Expect(text, ref i, '{');
        var start = i;
        var depth = 1;
        for (; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[start..i++];
            }
        }

        throw new FormatException("a field value's braces are not closed");
    }

    private static string Word(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-' or '_' or ':'))
        {
            i++;
        }

        return i > start ? text[start..i] : throw new FormatException($"a name expected at {i}");
    }

    private static void Expect(string text, ref int i, char c)
    {
        if (i >= text.Length || text[i] != c)
        {
            throw new FormatException($"'{c}' expected at {i}");
        }

        i++;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
