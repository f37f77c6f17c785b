using System.Collections.Immutable;
using System.Globalization;
using PaperDigest.Diagnostics;
using PaperDigest.Yaml;

namespace PaperDigest.Parsing;

/// <summary>
/// Reads typed fields out of a YAML mapping, turning every missing, unknown or mistyped key into a
/// diagnostic at the key's or value's position. Shared by the entry, page, site.yml and tags.yml parsers.
/// </summary>
internal sealed partial class FieldReader(MappingNode mapping, DiagnosticBag diagnostics, string errorCode)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z")]
    private static partial System.Text.RegularExpressions.Regex DateShape();

    public MappingNode Node => mapping;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>Reports every key that is not one of <paramref name="known"/>, with a suggestion.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> known, string where)
    {
        foreach (var entry in mapping.Entries.Where(e => !known.Contains(e.Key.Value)))
        {
            diagnostics.Error(entry.Key.Location, DiagnosticCodes.UnknownKey,
                $"unknown key '{entry.Key.Value}' in {where}{Suggestions.Hint(entry.Key.Value, known)}");
        }
    }

    public Node? Value(string key) => mapping[key];

    public SourceLocation LocationOf(string key) =>
        mapping.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value.Location ?? mapping.Location;

    public void Error(SourceLocation location, string message, string? code = null) =>
        diagnostics.Error(location, code ?? errorCode, message);

    /// <summary>A scalar as text, trimmed; null when absent (reported when <paramref name="required"/>).</summary>
    public string? Text(string key, bool required = false, int maxLength = 2000)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not ScalarNode scalar)
        {
            WrongType(key, node, "text");
            return null;
        }

        var text = scalar.Value.Trim();
        if (text.Length == 0)
        {
            diagnostics.Error(node.Location, DiagnosticCodes.EmptyValue, $"'{key}' is empty");
            return null;
        }

        if (text.Length > maxLength)
        {
            diagnostics.Error(node.Location, DiagnosticCodes.ValueTooLong, $"'{key}' is {text.Length:N0} characters long; at most {maxLength:N0} are allowed");
            return null;
        }

        if (text.Any(c => char.IsControl(c) && c != '\n' && c != '\t'))
        {
            diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"'{key}' contains a control character; remove it");
            return null;
        }

        return text;
    }

    /// <summary>A list of non-empty texts; a single value where a list is expected is a wrong type.</summary>
    public ImmutableArray<(string Text, SourceLocation Location)> List(string key, bool required = false, int maxLength = 500)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is not SequenceNode sequence)
        {
            WrongType(key, node, "a list, such as [a, b]");
            return [];
        }

        if (sequence.Items.Length == 0 && required)
        {
            diagnostics.Error(node.Location, DiagnosticCodes.EmptyValue, $"'{key}' is an empty list; give at least one");
        }

        var items = ImmutableArray.CreateBuilder<(string, SourceLocation)>();
        foreach (var item in sequence.Items)
        {
            if (item is not ScalarNode scalar || scalar.IsNull)
            {
                diagnostics.Error(item.Location, DiagnosticCodes.WrongType, $"each item of '{key}' must be text, not {item.KindName}");
                continue;
            }

            if (ItemText(key, scalar, maxLength) is { } text)
            {
                items.Add((text, item.Location));
            }
        }

        return items.ToImmutable();
    }

    /// <summary>One text item of the list <paramref name="key"/>, trimmed; null (reported) when empty, too long or holding a control character.</summary>
    public string? ItemText(string key, ScalarNode item, int maxLength)
    {
        var text = item.Value.Trim();
        if (text.Length == 0)
        {
            diagnostics.Error(item.Location, DiagnosticCodes.EmptyValue, $"an item of '{key}' is empty");
        }
        else if (text.Length > maxLength)
        {
            diagnostics.Error(item.Location, DiagnosticCodes.ValueTooLong, $"an item of '{key}' is {text.Length:N0} characters long; at most {maxLength:N0} are allowed");
        }
        else if (text.Any(char.IsControl))
        {
            diagnostics.Error(item.Location, DiagnosticCodes.WrongType, $"an item of '{key}' contains a control character");
        }
        else
        {
            return text;
        }

        return null;
    }

    /// <summary>A calendar date written YYYY-MM-DD.</summary>
    public DateOnly? Date(string key, bool required = false)
    {
        var node = Present(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not ScalarNode scalar)
        {
            WrongType(key, node, "a date written YYYY-MM-DD");
            return null;
        }

        return ParseDate(key, scalar);
    }

    public DateOnly? ParseDate(string key, ScalarNode scalar)
    {
        var text = scalar.Value.Trim();
        if (!DateShape().IsMatch(text))
        {
            diagnostics.Error(scalar.Location, DiagnosticCodes.InvalidDate, $"'{key}' must be a date written YYYY-MM-DD, not '{Shorten(text)}'");
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year < 1000)
        {
            diagnostics.Error(scalar.Location, DiagnosticCodes.InvalidDate, $"'{key}' is {text}, which is not a day of the calendar");
            return null;
        }

        return date;
    }

    /// <summary>A plain <c>true</c> or <c>false</c>.</summary>
    public bool? Flag(string key)
    {
        var node = Present(key, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode { IsPlain: true, Value: "true" or "True" or "TRUE" })
        {
            return true;
        }

        if (node is ScalarNode { IsPlain: true, Value: "false" or "False" or "FALSE" })
        {
            return false;
        }

        var what = node switch
        {
            ScalarNode { IsPlain: false } quoted => $"the quoted text \"{Shorten(quoted.Value)}\"",
            ScalarNode plain => $"'{Shorten(plain.Value)}'",
            _ => node.KindName,
        };
        diagnostics.Error(node.Location, DiagnosticCodes.WrongType,
            node is ScalarNode { IsPlain: false } ? $"'{key}' must be true or false without quotes, not {what}" : $"'{key}' must be true or false, not {what}");
        return null;
    }

    /// <summary>A whole number within a range.</summary>
    public int? Number(string key, int min, int max)
    {
        var node = Present(key, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= min && value <= max)
            {
                return value;
            }

            diagnostics.Error(node.Location, errorCode, $"'{key}' must be between {min} and {max}, not {value}");
            return null;
        }

        diagnostics.Error(node.Location, DiagnosticCodes.WrongType,
            $"'{key}' must be a whole number, not {(node is ScalarNode s ? $"'{Shorten(s.Value)}'" : node.KindName)}");
        return null;
    }

    public MappingNode? Mapping(string key)
    {
        var node = Present(key, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is MappingNode map)
        {
            return map;
        }

        WrongType(key, node, "a mapping of keys to values");
        return null;
    }

    /// <summary>The value of a key, or null when absent or null; reports a missing required key.</summary>
    private Node? Present(string key, bool required)
    {
        var node = mapping[key];
        if (node is null || node is ScalarNode { IsNull: true })
        {
            if (required)
            {
                var location = node?.Location ?? mapping.Location;
                diagnostics.Error(location, DiagnosticCodes.MissingKey,
                    node is null ? $"required key '{key}' is missing" : $"required key '{key}' has no value");
            }

            return null;
        }

        return node;
    }

    private void WrongType(string key, Node node, string expected) =>
        diagnostics.Error(node.Location, DiagnosticCodes.WrongType, $"'{key}' must be {expected}, not {node.KindName}");

    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
