using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Reads the entries of a BibTeX file: <c>@type{key, name = {value} | "value" | 2024 | macro # ..., ...}</c> with
/// <c>{}</c> or <c>()</c> around the entry, nested braces, <c>@string</c> macros (and <c>jan</c> to <c>dec</c>),
/// <c>@comment</c> and <c>@preamble</c> skipped, types and field names in any case. Text outside entries is a
/// comment, as BibTeX has it. A broken entry becomes a diagnostic with its line and column, and reading goes on
/// at the next line that starts an entry, so one mistake costs one entry.
/// <para>
/// Hostile files are bounded: a value may not grow past <see cref="ImportReader.MaxValueLength"/> nor nest braces past
/// <see cref="MaxBraceDepth"/> (that entry is refused), and a file whose @string names expand to more than
/// <see cref="MaxExpansion"/> characters in all, or that holds more than <see cref="ImportReader.MaxPapers"/> entries or
/// <see cref="MaxProblems"/> problems, is refused whole. Nothing here recurses, so no input can exhaust the stack.
/// </para>
/// </summary>
internal sealed partial class BibTexReader
{
    /// <summary>
    /// The most characters @string names may add to the file's values in all (a journal name in each of 100,000 entries
    /// fits); beyond it, the file is refused.
    /// </summary>
    public const int MaxExpansion = 16_000_000;

    /// <summary>How deeply braces may nest in one value.</summary>
    public const int MaxBraceDepth = 64;

    /// <summary>The most fields one entry may have.</summary>
    public const int MaxFields = 200;

    /// <summary>The most errors and warnings one file may have before it is refused as not being BibTeX at all.</summary>
    public const int MaxProblems = 10_000;

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

    /// <summary>@string names whose definition was refused, with where it starts: using one refuses the entry too.</summary>
    private readonly Dictionary<string, int> brokenMacros = new(StringComparer.OrdinalIgnoreCase);
    private readonly ImmutableArray<BibTexRecord>.Builder records = ImmutableArray.CreateBuilder<BibTexRecord>();
    private int pos;
    private int entries;
    private int problems;
    private long expanded;

    /// <summary>Set when a limit of the whole file is reached: reading stops and no entry is returned.</summary>
    private bool refused;

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
        return new BibTexReadResult(reader.refused ? [] : reader.records.ToImmutable(), [.. DiagnosticOrder.Sort(reader.diagnostics.Items)]);
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
        while (!refused && pos < text.Length)
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
                    Error(pos, ScaffoldingCodes.BibTexSyntax, $"expected '{{' or '(' after @{Short(type)}");
                    Recover();
                }

                continue;
            }

            var close = open == '{' ? '}' : ')';
            var lower = type.ToLowerInvariant();
            if (lower is not ("comment" or "string" or "preamble") && ++entries > ImportReader.MaxPapers)
            {
                Refuse(at, $"the file has more than {ImportReader.MaxPapers:N0} entries (split it into smaller files)");
                break;
            }

            var ok = lower switch
            {
                "comment" => SkipGroup(open, close),
                "string" => ReadMacro(at, close),
                "preamble" => ReadPreamble(close),
                _ => ReadEntry(lower, at, close),
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

        if (pos - keyStart > ImportReader.MaxValueLength)
        {
            Error(keyStart, ScaffoldingCodes.ValueTooLong, $"the citation key of @{Short(type)} is {pos - keyStart:N0} characters long; at most {ImportReader.MaxValueLength:N0} are allowed");
            return false;
        }

        var key = text[keyStart..pos];
        var name = $"@{Short(type)}{{{Short(key)}";
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
                Error(keyStart, ScaffoldingCodes.BibTexSyntax, $"@{Short(type)} has no citation key; write @{Short(type)}{{key, {Short(key)} = ...}}");
            }
            else
            {
                Error(pos, ScaffoldingCodes.BibTexSyntax, $"expected ',' after the citation key '{Short(key)}'");
            }

            return false;
        }

        pos++;
        var fields = ImmutableArray.CreateBuilder<BibTexField>();
        var names = new HashSet<string>(StringComparer.Ordinal);
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

            if (names.Count == MaxFields && !names.Contains(field))
            {
                Error(fieldStart, ScaffoldingCodes.ValueTooLong, $"{name} has more than {MaxFields} fields; it was not imported");
                return false;
            }

            SkipWhitespace();
            if (Peek() != '=')
            {
                Error(pos, ScaffoldingCodes.BibTexSyntax, $"missing '=' after the field '{Short(field)}' in {name}");
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

            if (!names.Add(field))
            {
                Warning(fieldStart, ScaffoldingCodes.BibTexRepeatedField, $"the field '{Short(field)}' is given twice in {name}; the first is used");
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
                Error(pos, ScaffoldingCodes.BibTexSyntax, $"expected ',' or '{close}' after the value of '{Short(field)}' in {name}, not '{Peek()}'");
                return false;
            }
        }

        records.Add(new BibTexRecord(type, key, Location(start), fields.ToImmutable()));
        return true;
    }

    private bool ReadMacro(int start, char close)
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
            Error(pos, ScaffoldingCodes.BibTexSyntax, $"missing '=' after the @string name '{Short(name)}'");
            return false;
        }

        pos++;
        var value = ReadValue(name);
        if (value is null)
        {
            brokenMacros[name] = start;
            macros.Remove(name);
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
            Error(pos >= text.Length ? nameStart : pos, ScaffoldingCodes.BibTexSyntax, $"expected '{close}' to end @string{{{Short(name)}");
            brokenMacros[name] = start;
            macros.Remove(name);
            return false;
        }

        pos++;
        macros[name] = value;
        brokenMacros.Remove(name);
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
        SkipWhitespace();
        var valueStart = pos;
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
                while (pos < text.Length && char.IsAsciiDigit(text[pos]) && value.Length <= ImportReader.MaxValueLength)
                {
                    value.Append(text[pos++]);
                }
            }
            else if (IsIdentifierChar(c))
            {
                var macro = ReadIdentifier();
                if (macros.TryGetValue(macro, out var expansion))
                {
                    // Each use copies the text: "@string{b = a # a}" doubles it, so the copies of the whole file are counted.
                    expanded += expansion.Length;
                    if (expanded > MaxExpansion)
                    {
                        Refuse(start, $"the @string names of the file expand to more than {MaxExpansion:N0} characters in all (here '{Short(macro)}' in the value of '{Short(field)}')");
                        return null;
                    }

                    if (value.Length + expansion.Length <= ImportReader.MaxValueLength)
                    {
                        value.Append(expansion);
                    }
                    else
                    {
                        return TooLong(valueStart, field);
                    }
                }
                else if (brokenMacros.TryGetValue(macro, out var definition))
                {
                    Error(start, ScaffoldingCodes.ValueTooLong,
                        $"'{Short(macro)}' in the value of '{Short(field)}' is a @string that could not be read (line {Location(definition).Line})");
                    return null;
                }
                else
                {
                    Warning(start, ScaffoldingCodes.BibTexUndefinedMacro,
                        $"'{Short(macro)}' in the value of '{Short(field)}' is not a @string defined above; it is read as empty (put text in braces: {{{Short(macro)}}})");
                }
            }
            else
            {
                var found = pos >= text.Length ? "the end of the file" : $"'{c}'";
                Error(pos >= text.Length ? Math.Max(0, text.Length - 1) : pos, ScaffoldingCodes.BibTexSyntax,
                    $"expected the value of '{Short(field)}': {{...}}, \"...\", a number or a @string name, not {found}");
                return null;
            }

            if (value.Length > ImportReader.MaxValueLength)
            {
                return TooLong(valueStart, field);
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
            if (c == '{' && ++depth > MaxBraceDepth)
            {
                Error(pos, ScaffoldingCodes.NestedTooDeep, $"braces nest more than {MaxBraceDepth} deep in the value of '{Short(field)}'");
                return false;
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
                    Error(pos, ScaffoldingCodes.BibTexUnbalanced, $"the value of '{Short(field)}' has a '}}' that closes nothing; check its braces");
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

            if (value.Length == ImportReader.MaxValueLength)
            {
                TooLong(start, field);
                return false;
            }

            value.Append(c);
            pos++;
        }

        // Never closed: the value ran into the next entry or the end of the file; say where it began.
        var what = quoted ? "'\"'" : "'{'";
        var where = pos >= text.Length ? "the end of the file" : "the next entry";
        Error(start, ScaffoldingCodes.BibTexUnbalanced, $"the value of '{Short(field)}' opens {what} here and does not close it before {where}; check its braces");
        return false;
    }

    private bool Unclosed(int start, string name, char close, (string Field, int Start, string Value)? last = null)
    {
        var where = pos >= text.Length ? "the end of the file" : "the next entry";
        // A value missing its '}' swallows the fields after it and the entry's own '}': point at that value.
        if (last is { } value && FieldLine().Match(value.Value) is { Success: true } runOn)
        {
            Error(value.Start, ScaffoldingCodes.BibTexUnbalanced,
                $"the value of '{Short(value.Field)}' in {name} runs on into '{Short(runOn.Groups["field"].Value)} = ...': a '}}' is missing in it; check its braces");
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

        return new SourceLocation(SourcePath.Given(path), line + 1, index - lineStarts[line] + 1);
    }

    private string? TooLong(int start, string field)
    {
        Error(start, ScaffoldingCodes.ValueTooLong, $"the value of '{Short(field)}' is longer than {ImportReader.MaxValueLength:N0} characters, @string names expanded");
        return null;
    }

    /// <summary>Stops reading: the file as a whole is beyond a limit, and none of its entries is imported.</summary>
    private void Refuse(int index, string message)
    {
        if (!refused)
        {
            diagnostics.Error(Location(index), ScaffoldingCodes.FileTooLarge, $"{message}; the file was refused and nothing of it is imported");
            refused = true;
        }
    }

    private void Error(int index, string code, string message) => Report(index, Diagnostic.Error(Location(index), code, message));

    private void Warning(int index, string code, string message) => Report(index, Diagnostic.Warning(Location(index), code, message));

    private void Report(int index, Diagnostic diagnostic)
    {
        if (refused)
        {
            return;
        }

        diagnostics.Add(diagnostic);
        if (++problems >= MaxProblems)
        {
            Refuse(index, $"the file has {MaxProblems:N0} errors and warnings; is it BibTeX? Reading stopped here");
        }
    }

    /// <summary>A name or key as a message quotes it: long ones are cut.</summary>
    private static string Short(string text) => FieldReader.Shorten(text);
}
