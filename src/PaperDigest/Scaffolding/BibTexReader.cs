using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Diagnostics;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Reads the entries of a BibTeX file: <c>@type{key, name = {value} | "value" | 2024 | macro # ..., ...}</c> with
/// <c>{}</c> or <c>()</c> around the entry, nested braces, <c>@string</c> macros (and <c>jan</c> to <c>dec</c>),
/// <c>@comment</c> and <c>@preamble</c> skipped, types and field names in any case. Text outside entries is a
/// comment, as BibTeX has it. A broken entry becomes a diagnostic with its line and column, and reading goes on
/// at the next line that starts an entry, so one mistake costs one entry.
/// </summary>
public sealed partial class BibTexReader
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A line inside a value that looks like the next field (<c>author = {</c>): where a missing '}' shows.</summary>
    [GeneratedRegex(@"\n[ \t]*(?<field>[A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*[{""0-9]")]
    private static partial Regex FieldLine();

    private readonly string text;
    private readonly string path;
    private readonly List<int> lineStarts = [0];
    private readonly DiagnosticBag diagnostics = new();
    private readonly Dictionary<string, string> macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly ImmutableArray<BibTexRecord>.Builder records = ImmutableArray.CreateBuilder<BibTexRecord>();
    private int pos;

    private BibTexReader(string text, string path)
    {
        this.text = text;
        this.path = path;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        foreach (var month in MonthNames)
        {
            macros[month[..3]] = month;
        }
    }

    /// <param name="text">The file's text.</param>
    /// <param name="path">How diagnostics name the file.</param>
    public static BibTexReadResult Read(string text, string path)
    {
        var reader = new BibTexReader(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), path);
        reader.ReadAll();
        return new BibTexReadResult(reader.records.ToImmutable(), [.. DiagnosticOrder.Sort(reader.diagnostics.Items)]);
    }

    /// <summary>The month a BibTeX <c>month</c> value means: <c>sep</c>, <c>September</c>, <c>Sept.</c>, <c>9</c> or <c>09</c>.</summary>
    public static int? Month(string value)
    {
        var month = value.Trim().TrimEnd('.');
        if (int.TryParse(month, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (month.Length >= 3 && MonthNames[i].StartsWith(month, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }

    private void ReadAll()
    {
        while (pos < text.Length)
        {
            var at = text.IndexOf('@', pos);
            if (at < 0)
            {
                break;
            }

            pos = at + 1;
            SkipWhitespace();
            var type = ReadIdentifier();
            SkipWhitespace();
            var open = Peek();
            if (type.Length == 0 || open is not ('{' or '('))
            {
                // An '@' in the comment text between entries ("mail me @ work") is not an entry, unless it starts a line.
                if (type.Length > 0 && AtLineStart(at) && !type.Equals("comment", StringComparison.OrdinalIgnoreCase))
                {
                    Error(pos, ScaffoldingCodes.BibTexSyntax, $"expected '{{' or '(' after @{type}");
                    Recover();
                }

                continue;
            }

            var close = open == '{' ? '}' : ')';
            var ok = type.ToLowerInvariant() switch
            {
                "comment" => SkipGroup(open, close),
                "string" => ReadMacro(close),
                "preamble" => ReadPreamble(close),
                var lower => ReadEntry(lower, at, close),
            };
            if (!ok)
            {
                Recover();
            }
        }
    }

    private bool ReadEntry(string type, int start, char close)
    {
        pos++;
        SkipWhitespace();
        var keyStart = pos;
        while (pos < text.Length && text[pos] != ',' && text[pos] != close && !char.IsWhiteSpace(text[pos]) && !EntryStartsAt(pos))
        {
            pos++;
        }

        var key = text[keyStart..pos];
        var name = $"@{type}{{{key}";
        SkipWhitespace();
        if (pos >= text.Length || EntryStartsAt(pos))
        {
            return Unclosed(start, name, close);
        }

        if (Peek() == close)
        {
            pos++;
            records.Add(new BibTexRecord(type, key, Location(start), []));
            return true;
        }

        if (Peek() != ',')
        {
            if (Peek() == '=')
            {
                Error(keyStart, ScaffoldingCodes.BibTexSyntax, $"@{type} has no citation key; write @{type}{{key, {key} = ...}}");
            }
            else
            {
                Error(pos, ScaffoldingCodes.BibTexSyntax, $"expected ',' after the citation key '{key}'");
            }

            return false;
        }

        pos++;
        var fields = ImmutableArray.CreateBuilder<BibTexField>();
        (string Field, int Start, string Value)? last = null;
        while (true)
        {
            SkipWhitespace();
            if (pos >= text.Length || EntryStartsAt(pos))
            {
                return Unclosed(start, name, close, last);
            }

            if (Peek() == close)
            {
                pos++;
                break;
            }

            var fieldStart = pos;
            var field = ReadIdentifier().ToLowerInvariant();
            if (field.Length == 0)
            {
                Error(pos, ScaffoldingCodes.BibTexSyntax, $"expected a field name or '{close}' in {name}, not '{Peek()}'");
                return false;
            }

            SkipWhitespace();
            if (Peek() != '=')
            {
                Error(pos, ScaffoldingCodes.BibTexSyntax, $"missing '=' after the field '{field}' in {name}");
                return false;
            }

            pos++;
            SkipWhitespace();
            var valueStart = pos;
            var value = ReadValue(field);
            if (value is null)
            {
                return false;
            }

            last = (field, valueStart, value);

            if (fields.Any(f => f.Name == field))
            {
                Warning(fieldStart, ScaffoldingCodes.BibTexRepeatedField, $"the field '{field}' is given twice in {name}; the first is used");
            }
            else
            {
                fields.Add(new BibTexField(field, value, Location(fieldStart)));
            }

            SkipWhitespace();
            if (Peek() == ',')
            {
                pos++;
            }
            else if (Peek() == close)
            {
                pos++;
                break;
            }
            else if (pos >= text.Length || EntryStartsAt(pos))
            {
                return Unclosed(start, name, close, last);
            }
            else
            {
                Error(pos, ScaffoldingCodes.BibTexSyntax, $"expected ',' or '{close}' after the value of '{field}' in {name}, not '{Peek()}'");
                return false;
            }
        }

        records.Add(new BibTexRecord(type, key, Location(start), fields.ToImmutable()));
        return true;
    }

    private bool ReadMacro(char close)
    {
        pos++;
        SkipWhitespace();
        var nameStart = pos;
        var name = ReadIdentifier();
        if (name.Length == 0)
        {
            Error(pos, ScaffoldingCodes.BibTexSyntax, "expected a name after @string, as in @string{jcp = {J. Chem. Phys.}}");
            return false;
        }

        SkipWhitespace();
        if (Peek() != '=')
        {
            Error(pos, ScaffoldingCodes.BibTexSyntax, $"missing '=' after the @string name '{name}'");
            return false;
        }

        pos++;
        var value = ReadValue(name);
        if (value is null)
        {
            return false;
        }

        SkipWhitespace();
        if (Peek() == ',')
        {
            pos++;
            SkipWhitespace();
        }

        if (Peek() != close)
        {
            Error(pos >= text.Length ? nameStart : pos, ScaffoldingCodes.BibTexSyntax, $"expected '{close}' to end @string{{{name}");
            return false;
        }

        pos++;
        macros[name] = value;
        return true;
    }

    private bool ReadPreamble(char close)
    {
        pos++;
        if (ReadValue("@preamble") is null)
        {
            return false;
        }

        SkipWhitespace();
        if (Peek() != close)
        {
            Error(pos, ScaffoldingCodes.BibTexSyntax, $"expected '{close}' to end @preamble");
            return false;
        }

        pos++;
        return true;
    }

    /// <summary>Skips <c>@comment{...}</c>; an unbalanced one ends at the end of its line.</summary>
    private bool SkipGroup(char open, char close)
    {
        var start = pos;
        var depth = 0;
        for (; pos < text.Length; pos++)
        {
            if (text[pos] == open)
            {
                depth++;
            }
            else if (text[pos] == close && --depth == 0)
            {
                pos++;
                return true;
            }
        }

        var end = text.IndexOf('\n', start);
        pos = end < 0 ? text.Length : end;
        return true;
    }

    /// <summary>A value: pieces joined by <c>#</c>. Null after reporting an error.</summary>
    private string? ReadValue(string field)
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipWhitespace();
            var start = pos;
            var c = Peek();
            if (c is '{' or '"')
            {
                if (!ReadDelimited(field, value))
                {
                    return null;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                while (pos < text.Length && char.IsAsciiDigit(text[pos]))
                {
                    value.Append(text[pos++]);
                }
            }
            else if (IsIdentifierChar(c))
            {
                var macro = ReadIdentifier();
                if (macros.TryGetValue(macro, out var expansion))
                {
                    value.Append(expansion);
                }
                else
                {
                    Warning(start, ScaffoldingCodes.BibTexUndefinedMacro,
                        $"'{macro}' in the value of '{field}' is not a @string defined above; it is read as empty (put text in braces: {{{macro}}})");
                }
            }
            else
            {
                var found = pos >= text.Length ? "the end of the file" : $"'{c}'";
                Error(pos >= text.Length ? Math.Max(0, text.Length - 1) : pos, ScaffoldingCodes.BibTexSyntax,
                    $"expected the value of '{field}': {{...}}, \"...\", a number or a @string name, not {found}");
                return null;
            }

            SkipWhitespace();
            if (Peek() != '#')
            {
                return value.ToString();
            }

            pos++;
        }
    }

    /// <summary>Reads <c>{...}</c> (nested braces) or <c>"..."</c> (braces inside balanced) into <paramref name="value"/>.</summary>
    private bool ReadDelimited(string field, StringBuilder value)
    {
        var start = pos;
        var quoted = text[pos] == '"';
        var depth = quoted ? 0 : 1;
        pos++;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
                if (depth == 0 && !quoted)
                {
                    pos++;
                    return true;
                }

                if (depth < 0)
                {
                    Error(pos, ScaffoldingCodes.BibTexUnbalanced, $"the value of '{field}' has a '}}' that closes nothing; check its braces");
                    return false;
                }
            }
            else if (c == '"' && quoted && depth == 0)
            {
                pos++;
                return true;
            }
            else if (c == '\n' && EntryStartsOnLineAfter(pos))
            {
                break;
            }

            value.Append(c);
            pos++;
        }

        // Never closed: the value ran into the next entry or the end of the file; say where it began.
        var what = quoted ? "'\"'" : "'{'";
        var where = pos >= text.Length ? "the end of the file" : "the next entry";
        Error(start, ScaffoldingCodes.BibTexUnbalanced, $"the value of '{field}' opens {what} here and does not close it before {where}; check its braces");
        return false;
    }

    private bool Unclosed(int start, string name, char close, (string Field, int Start, string Value)? last = null)
    {
        var where = pos >= text.Length ? "the end of the file" : "the next entry";
        // A value missing its '}' swallows the fields after it and the entry's own '}': point at that value.
        if (last is { } value && FieldLine().Match(value.Value) is { Success: true } runOn)
        {
            Error(value.Start, ScaffoldingCodes.BibTexUnbalanced,
                $"the value of '{value.Field}' in {name} runs on into '{runOn.Groups["field"].Value} = ...': a '}}' is missing in it; check its braces");
            return false;
        }

        Error(start, ScaffoldingCodes.BibTexUnbalanced, $"{name} is not closed: '{close}' is missing before {where}");
        return false;
    }

    /// <summary>Goes on at the next '@' that starts an entry at the beginning of a line (possibly the current position).</summary>
    private void Recover()
    {
        var i = pos;
        while ((i = text.IndexOf('@', i)) >= 0)
        {
            if (EntryStartsAt(i))
            {
                pos = i;
                return;
            }

            i++;
        }

        pos = text.Length;
    }

    private bool EntryStartsOnLineAfter(int newline)
    {
        var i = newline + 1;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return EntryStartsAt(i);
    }

    /// <summary>True at an '@' that begins a line and is followed by a type and '{' or '(': where an entry starts.</summary>
    private bool EntryStartsAt(int i)
    {
        if (i >= text.Length || text[i] != '@' || !AtLineStart(i))
        {
            return false;
        }

        i++;
        var typeStart = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        if (i == typeStart)
        {
            return false;
        }

        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < text.Length && text[i] is '{' or '(';
    }

    private bool AtLineStart(int i)
    {
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i == 0 || text[i - 1] == '\n';
    }

    private string ReadIdentifier()
    {
        var start = pos;
        while (pos < text.Length && IsIdentifierChar(text[pos]))
        {
            pos++;
        }

        return text[start..pos];
    }

    /// <summary>What BibTeX allows in types, field names and macro names: printable, not white space or <c>"#%'(),={}@</c>.</summary>
    private static bool IsIdentifierChar(char c) =>
        !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\0' && "\"#%'(),={}@".IndexOf(c, StringComparison.Ordinal) < 0;

    private void SkipWhitespace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private char Peek() => pos < text.Length ? text[pos] : '\0';

    private SourceLocation Location(int index)
    {
        var line = lineStarts.BinarySearch(index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourceLocation(path, line + 1, index - lineStarts[line] + 1);
    }

    private void Error(int index, string code, string message) => diagnostics.Error(Location(index), code, message);

    private void Warning(int index, string code, string message) => diagnostics.Warning(Location(index), code, message);
}
