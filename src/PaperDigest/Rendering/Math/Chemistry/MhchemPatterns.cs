using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// The named patterns of mhchem's grammar (mhchem 3.3.0 as Temml 0.13 ships it): each matches at the start of the
/// input and returns what it matched and the rest, or null.
/// </summary>
internal static partial class MhchemPatterns
{
    private const string Greek = @"alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega";
    private const string GreekAll = Greek + "|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega";
    private const string Number = @"[0-9]+(?:[,.][0-9]+)?|[0-9]*(?:\.[0-9]+)";

    private static readonly FrozenDictionary<string, Func<string, MhchemMatch?>> Table = BuildTable();

    public static MhchemMatch? Match(string name, string input) =>
        Table.TryGetValue(name, out var pattern) ? pattern(input) : throw new MhchemException($"unknown pattern {name}");

    private static FrozenDictionary<string, Func<string, MhchemMatch?>> BuildTable()
    {
        var t = new Dictionary<string, Func<string, MhchemMatch?>>(StringComparer.Ordinal);
        void R(string name, string regex) => t[name] = Regexed(new Regex(regex, RegexOptions.CultureInvariant));
        R("empty", "^$");
        R("else", "^.");
        R("else2", "^.");
        R("space", @"^\s");
        R("space A", @"^\s(?=[A-Z\\$])");
        R("space$", @"^\s$");
        R("a-z", "^[a-z]");
        R("x", "^x");
        R("x$", "^x$");
        R("i$", "^i$");
        R("letters", @"^(?:[a-zA-Z\u03B1-\u03C9\u0391-\u03A9?@]|(?:\\(?:" + GreekAll + @")(?:\s+|\{\}|(?![a-zA-Z]))))+");
        R("\\greek", @"^\\(?:" + GreekAll + @")(?:\s+|\{\}|(?![a-zA-Z]))");
        R("one lowercase latin letter $", "^(?:([a-z])(?:$|[^a-zA-Z]))$");
        R("$one lowercase latin letter$ $", @"^\$(?:([a-z])(?:$|[^a-zA-Z]))\$$");
        R("one lowercase greek letter $", @"^(?:\$?[\u03B1-\u03C9]\$?|\$?\\(?:" + Greek + @")\s*\$?)(?:\s+|\{\}|(?![a-zA-Z]))$");
        R("digits", "^[0-9]+");
        R("-9.,9", @"^[+\-]?(?:[0-9]+(?:[,.][0-9]+)?|[0-9]*(?:\.[0-9]+))");
        R("-9.,9 no missing 0", @"^[+\-]?[0-9]+(?:[.,][0-9]+)?");
        t["(-)(9.,9)(e)(99)"] = Groups(new Regex(@"^(\+\-|\+/\-|\+|\-|\\pm\s?)?(" + Number + @")?(\((?:" + Number + @")\))?(?:([eE]|\s*(\*|x|\\times|\u00D7)\s*10\^)([+\-]?[0-9]+|\{[+\-]?[0-9]+\}))?", RegexOptions.CultureInvariant));
        t["(-)(9)^(-9)"] = Groups(new Regex(@"^(\+\-|\+/\-|\+|\-|\\pm\s?)?([0-9]+(?:[,.][0-9]+)?|[0-9]*(?:\.[0-9]+)?)\^([+\-]?[0-9]+|\{[+\-]?[0-9]+\})", RegexOptions.CultureInvariant));
        t["state of aggregation $"] = StateOfAggregation;
        R("_{(state of aggregation)}$", @"^_\{(\([a-z]{1,3}\))\}");
        R("{[(", @"^(?:\\\{|\[|\()");
        R(")]}", @"^(?:\)|\]|\\\})");
        R(", ", @"^[,;]\s*");
        R(",", "^[,;]");
        R(".", "^[.]");
        R(". ", @"^([.\u22C5\u00B7\u2022])\s*");
        R("...", @"^\.\.\.(?=$|[^.])");
        R("* ", @"^([*])\s*");
        t["^{(...)}"] = input => Find(input, "^{", "", "", "}");
        t["^($...$)"] = input => Find(input, "^", "$", "$", "");
        R("^a", @"^\^([0-9]+|[^\\_])");
        t["^\\x{}{}"] = input => Find(input, "^", CommandBrace(), "}", "", "", "{", "}", "", combine: true);
        t["^\\x{}"] = input => Find(input, "^", CommandBrace(), "}", "");
        R("^\\x", @"^\^(\\[a-zA-Z]+)\s*");
        R("^(-1)", @"^\^(-?[0-9]+)");
        R("'", "^'");
        t["_{(...)}"] = input => Find(input, "_{", "", "", "}");
        t["_($...$)"] = input => Find(input, "_", "$", "$", "");
        R("_9", @"^_([+\-]?[0-9]+|[^\\])");
        t["_\\x{}{}"] = input => Find(input, "_", CommandBrace(), "}", "", "", "{", "}", "", combine: true);
        t["_\\x{}"] = input => Find(input, "_", CommandBrace(), "}", "");
        R("_\\x", @"^_(\\[a-zA-Z]+)\s*");
        R("^_", @"^(?:\^(?=_)|_(?=\^)|[\^_]$)");
        R("{}", @"^\{\}");
        t["{...}"] = input => Find(input, "", "{", "}", "");
        t["{(...)}"] = input => Find(input, "{", "", "", "}");
        t["$...$"] = input => Find(input, "", "$", "$", "");
        t["${(...)}$"] = input => Find(input, "${", "", "", "}$");
        t["$(...)$"] = input => Find(input, "$", "", "", "$");
        R("=<>", "^[=<>]");
        R("#", "^[#\u2261]");
        R("+", @"^\+");
        R("-$", @"^-(?=[\s_},;\]/]|$|\([a-z]+\))");
        R("-9", "^-(?=[0-9])");
        R("- orbital overlap", @"^-(?=(?:[spd]|sp)(?:$|[\s,;\)\]\}]))");
        R("-", "^-");
        R("pm-operator", @"^(?:\\pm|\$\\pm\$|\+-|\+/-)");
        R("operator", @"^(?:\+|(?:[\-=<>]|<<|>>|\\approx|\$\\approx\$)(?=\s|$|-?[0-9]))");
        R("arrowUpDown", @"^(?:v|\(v\)|\^|\(\^\))(?=$|[\s,;\)\]\}])");
        t["\\bond{(...)}"] = input => Find(input, "\\bond{", "", "", "}");
        R("->", "^(?:<->|<-->|->|<-|<=>>|<<=>|<=>|[\u2192\u27F6\u21CC])");
        R("CMT", @"^[CMT](?=\[)");
        t["[(...)]"] = input => Find(input, "[", "", "", "]");
        R("1st-level escape", @"^(&|\\\\|\\hline)\s*");
        R("\\,", @"^(?:\\[,\ ;:])");
        t["\\x{}{}"] = input => Find(input, "", CommandBrace(), "}", "", "", "{", "}", "", combine: true);
        t["\\x{}"] = input => Find(input, "", CommandBrace(), "}", "");
        R("\\ca", @"^\\ca(?:\s+|(?![a-zA-Z]))");
        R("\\x", @"^(?:\\[a-zA-Z]+\s*|\\[_&{}%])");
        R("orbital", "^(?:[0-9]{1,2}[spdfgh]|[0-9]{0,2}sp)(?=$|[^a-zA-Z])");
        R("others", @"^[/~|]");
        t["\\frac{(...)}"] = input => Find(input, "\\frac{", "", "", "}", "{", "", "", "}");
        t["\\overset{(...)}"] = input => Find(input, "\\overset{", "", "", "}", "{", "", "", "}");
        t["\\underset{(...)}"] = input => Find(input, "\\underset{", "", "", "}", "{", "", "", "}");
        t["\\underbrace{(...)}"] = input => Find(input, "\\underbrace{", "", "", "}_", "{", "", "", "}");
        t["\\color{(...)}0"] = input => Find(input, "\\color{", "", "", "}");
        t["\\color{(...)}{(...)}1"] = input => Find(input, "\\color{", "", "", "}", "{", "", "", "}");
        t["\\color(...){(...)}2"] = input => Find(input, "\\color", "\\", "", BeforeBrace(), "{", "", "", "}");
        t["\\ce{(...)}"] = input => Find(input, "\\ce{", "", "", "}");
        R("oxidation$", @"^(?:[+-][IVX]+|\\pm\s*0|\$\\pm\$\s*0)$");
        R("d-oxidation$", @"^(?:[+-]?\s?[IVX]+|\\pm\s*0|\$\\pm\$\s*0)$");
        R("roman numeral", "^[IVX]+");
        R("1/2$", @"^[+\-]?(?:[0-9]+|\$[a-z]\$|[a-z])/[0-9]+(?:\$[a-z]\$|[a-z])?$");
        t["amount"] = Amount;
        t["amount2"] = Amount;
        R("(KV letters),", "^(?:[A-Z][a-z]{0,2}|i)(?=,)");
        t["formula$"] = Formula;
        R("uprightEntities", "^(?:pH|pOH|pC|pK|iPr|iBu)(?=$|[^a-zA-Z])");
        R("/", @"^\s*(/)\s*");
        R("//", @"^\s*(//)\s*");
        R("*", @"^\s*[*.]\s*");
        return t.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A regular expression read as mhchem does: two groups, else the first, else the whole match.</summary>
    private static Func<string, MhchemMatch?> Regexed(Regex regex) => input =>
    {
        var m = regex.Match(input);
        if (!m.Success)
        {
            return null;
        }

        var rest = input[m.Length..];
        if (m.Groups.Count > 2 && m.Groups[2].Value.Length > 0)
        {
            return new MhchemMatch(m.Groups[1].Value, [m.Groups[1].Value, m.Groups[2].Value], rest);
        }

        return new MhchemMatch(m.Groups.Count > 1 && m.Groups[1].Value.Length > 0 ? m.Groups[1].Value : m.Value, null, rest);
    };

    /// <summary>All groups of a regular expression, for the number patterns of <c>\pu</c>.</summary>
    private static Func<string, MhchemMatch?> Groups(Regex regex) => input =>
    {
        var m = regex.Match(input);
        if (!m.Success || m.Length == 0)
        {
            return null;
        }

        var parts = new string[m.Groups.Count - 1];
        for (var i = 1; i < m.Groups.Count; i++)
        {
            parts[i - 1] = m.Groups[i].Value;
        }

        return new MhchemMatch(m.Value, parts, input[m.Length..]);
    };

    private static MhchemMatch? StateOfAggregation(string input)
    {
        var a = Find(input, "", StateOpen(), ")", "");
        if (a is not null && StateEnd().IsMatch(a.Remainder))
        {
            return a;
        }

        var m = CrystalSystem().Match(input);
        return m.Success ? new MhchemMatch(m.Value, null, input[m.Length..]) : null;
    }

    private static MhchemMatch? Amount(string input)
    {
        var m = AmountNumber().Match(input);
        if (m.Success)
        {
            return new MhchemMatch(m.Value, null, input[m.Length..]);
        }

        var a = Find(input, "", "$", "$", "");
        if (a is not null)
        {
            var math = AmountMath().Match(a.Text);
            if (math.Success)
            {
                return new MhchemMatch(math.Value, null, input[math.Length..]);
            }
        }

        return null;
    }

    private static MhchemMatch? Formula(string input)
    {
        if (StateOnly().IsMatch(input))
        {
            return null;
        }

        var m = FormulaText().Match(input);
        return m.Success ? new MhchemMatch(m.Value, null, input[m.Length..]) : null;
    }

    /// <summary>
    /// mhchem's findObserveGroups: a group from a start marker to an end marker at brace level 0, optionally followed
    /// by a second group. Each marker is a string (matched literally) or a regular expression.
    /// </summary>
    private static MhchemMatch? Find(
        string input, object begExcl, object begIncl, object endIncl, object endExcl,
        object? beg2Excl = null, object? beg2Incl = null, object? end2Incl = null, object? end2Excl = null, bool combine = false)
    {
        var match = MatchMarker(input, begExcl);
        if (match is null)
        {
            return null;
        }

        input = input[match.Length..];
        match = MatchMarker(input, begIncl);
        if (match is null)
        {
            return null;
        }

        var end = IsEmpty(endIncl) ? endExcl : endIncl;
        var e = FindEnd(input, match.Length, end);
        if (e is not { } found)
        {
            return null;
        }

        var match1 = input[..(IsEmpty(endIncl) ? found.Begin : found.End)];
        if (IsEmpty(beg2Excl) && IsEmpty(beg2Incl))
        {
            return new MhchemMatch(match1, null, input[found.End..]);
        }

        var group2 = Find(input[found.End..], beg2Excl ?? "", beg2Incl ?? "", end2Incl ?? "", end2Excl ?? "");
        if (group2 is null)
        {
            return null;
        }

        return combine
            ? new MhchemMatch(match1 + group2.Text, null, group2.Remainder)
            : new MhchemMatch(match1, [match1, group2.Text], group2.Remainder);
    }

    private static (int Begin, int End)? FindEnd(string input, int i, object endChars)
    {
        var braces = 0;
        while (i < input.Length)
        {
            var c = input[i];
            var match = MatchMarker(input[i..], endChars);
            if (match is not null && braces == 0)
            {
                return (i, i + match.Length);
            }

            if (c == '{')
            {
                braces++;
            }
            else if (c == '}')
            {
                if (braces == 0)
                {
                    throw new MhchemException("extra close brace or missing open brace");
                }

                braces--;
            }

            i++;
        }

        return null;
    }

    private static string? MatchMarker(string input, object marker) => marker switch
    {
        string text => input.StartsWith(text, StringComparison.Ordinal) ? text : null,
        Regex regex when regex.Match(input) is { Success: true } m => m.Value,
        _ => null,
    };

    private static bool IsEmpty(object? marker) => marker is null or "";

    [GeneratedRegex(@"^\\[a-zA-Z]+\{", RegexOptions.CultureInvariant)]
    private static partial Regex CommandBrace();

    [GeneratedRegex(@"^(?=\{)", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeBrace();

    [GeneratedRegex(@"^\([a-z]{1,3}(?=[\),])", RegexOptions.CultureInvariant)]
    private static partial Regex StateOpen();

    [GeneratedRegex(@"^($|[\s,;\)\]\}])", RegexOptions.CultureInvariant)]
    private static partial Regex StateEnd();

    [GeneratedRegex(@"^(?:\((?:\\ca\s?)?\$[amothc]\$\))", RegexOptions.CultureInvariant)]
    private static partial Regex CrystalSystem();

    [GeneratedRegex(@"^(?:(?:(?:\([+\-]?[0-9]+/[0-9]+\)|[+\-]?(?:[0-9]+|\$[a-z]\$|[a-z])/[0-9]+|[+\-]?[0-9]+[.,][0-9]+|[+\-]?\.[0-9]+|[+\-]?[0-9]+)(?:[a-z](?=\s*[A-Z]))?)|[+\-]?[a-z](?=\s*[A-Z])|\+(?!\s))", RegexOptions.CultureInvariant)]
    private static partial Regex AmountNumber();

    [GeneratedRegex(@"^\$(?:\(?[+\-]?(?:[0-9]*[a-z]?[+\-])?[0-9]*[a-z](?:[+\-][0-9]*[a-z]?)?\)?|\+|-)\$$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountMath();

    [GeneratedRegex(@"^\([a-z]+\)$", RegexOptions.CultureInvariant)]
    private static partial Regex StateOnly();

    [GeneratedRegex(@"^(?:[a-z]|(?:[0-9\ \+\-\,\.\(\)]+[a-z])+[0-9\ \+\-\,\.\(\)]*|(?:[a-z][0-9\ \+\-\,\.\(\)]+)+[a-z]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex FormulaText();
}
