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

    public static MhchemMatch? Match(string name, string input) => Matcher(name)(input);

    public static Func<string, MhchemMatch?> Matcher(string name) =>
        Table.TryGetValue(name, out var pattern) ? pattern : throw new MhchemException($"unknown pattern {name}");

    private static FrozenDictionary<string, Func<string, MhchemMatch?>> BuildTable()
    {
        var t = new Dictionary<string, Func<string, MhchemMatch?>>(StringComparer.Ordinal);
        void R(string name, Regex regex) => t[name] = Regexed(regex);
        R("empty", Pattern1());
        R("else", Pattern2());
        R("else2", Pattern3());
        R("space", Pattern4());
        R("space A", Pattern5());
        R("space$", Pattern6());
        R("a-z", Pattern7());
        R("x", Pattern8());
        R("x$", Pattern9());
        R("i$", Pattern10());
        R("letters", Pattern11());
        R("\\greek", Pattern12());
        R("one lowercase latin letter $", Pattern13());
        R("$one lowercase latin letter$ $", Pattern14());
        R("one lowercase greek letter $", Pattern15());
        R("digits", Pattern16());
        R("-9.,9", Pattern17());
        R("-9.,9 no missing 0", Pattern18());
        t["(-)(9.,9)(e)(99)"] = Groups(NumberWithExponent());
        t["(-)(9)^(-9)"] = Groups(NumberPower());
        t["state of aggregation $"] = StateOfAggregation;
        R("_{(state of aggregation)}$", Pattern19());
        R("{[(", Pattern20());
        R(")]}", Pattern21());
        R(", ", Pattern22());
        R(",", Pattern23());
        R(".", Pattern24());
        R(". ", Pattern25());
        R("...", Pattern26());
        R("* ", Pattern27());
        t["^{(...)}"] = input => Find(input, "^{", "", "", "}");
        t["^($...$)"] = input => Find(input, "^", "$", "$", "");
        R("^a", Pattern28());
        t["^\\x{}{}"] = input => Find(input, "^", CommandBrace(), "}", "", "", "{", "}", "", combine: true);
        t["^\\x{}"] = input => Find(input, "^", CommandBrace(), "}", "");
        R("^\\x", Pattern29());
        R("^(-1)", Pattern30());
        R("'", Pattern31());
        t["_{(...)}"] = input => Find(input, "_{", "", "", "}");
        t["_($...$)"] = input => Find(input, "_", "$", "$", "");
        R("_9", Pattern32());
        t["_\\x{}{}"] = input => Find(input, "_", CommandBrace(), "}", "", "", "{", "}", "", combine: true);
        t["_\\x{}"] = input => Find(input, "_", CommandBrace(), "}", "");
        R("_\\x", Pattern33());
        R("^_", Pattern34());
        R("{}", Pattern35());
        t["{...}"] = input => Find(input, "", "{", "}", "");
        t["{(...)}"] = input => Find(input, "{", "", "", "}");
        t["$...$"] = input => Find(input, "", "$", "$", "");
        t["${(...)}$"] = input => Find(input, "${", "", "", "}$");
        t["$(...)$"] = input => Find(input, "$", "", "", "$");
        R("=<>", Pattern36());
        R("#", Pattern37());
        R("+", Pattern38());
        R("-$", Pattern39());
        R("-9", Pattern40());
        R("- orbital overlap", Pattern41());
        R("-", Pattern42());
        R("pm-operator", Pattern43());
        R("operator", Pattern44());
        R("arrowUpDown", Pattern45());
        t["\\bond{(...)}"] = input => Find(input, "\\bond{", "", "", "}");
        R("->", Pattern46());
        R("CMT", Pattern47());
        t["[(...)]"] = input => Find(input, "[", "", "", "]");
        R("1st-level escape", Pattern48());
        R("\\,", Pattern49());
        t["\\x{}{}"] = input => Find(input, "", CommandBrace(), "}", "", "", "{", "}", "", combine: true);
        t["\\x{}"] = input => Find(input, "", CommandBrace(), "}", "");
        R("\\ca", Pattern50());
        R("\\x", Pattern51());
        R("orbital", Pattern52());
        R("others", Pattern53());
        t["\\frac{(...)}"] = input => Find(input, "\\frac{", "", "", "}", "{", "", "", "}");
        t["\\overset{(...)}"] = input => Find(input, "\\overset{", "", "", "}", "{", "", "", "}");
        t["\\underset{(...)}"] = input => Find(input, "\\underset{", "", "", "}", "{", "", "", "}");
        t["\\underbrace{(...)}"] = input => Find(input, "\\underbrace{", "", "", "}_", "{", "", "", "}");
        t["\\color{(...)}0"] = input => Find(input, "\\color{", "", "", "}");
        t["\\color{(...)}{(...)}1"] = input => Find(input, "\\color{", "", "", "}", "{", "", "", "}");
        t["\\color(...){(...)}2"] = input => Find(input, "\\color", "\\", "", BeforeBrace(), "{", "", "", "}");
        t["\\ce{(...)}"] = input => Find(input, "\\ce{", "", "", "}");
        R("oxidation$", Pattern54());
        R("d-oxidation$", Pattern55());
        R("roman numeral", Pattern56());
        R("1/2$", Pattern57());
        t["amount"] = Amount;
        t["amount2"] = Amount;
        R("(KV letters),", Pattern58());
        t["formula$"] = Formula;
        R("uprightEntities", Pattern59());
        R("/", Pattern60());
        R("//", Pattern61());
        R("*", Pattern62());
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
            if (braces == 0 && EndAt(input, i, endChars) is { } length)
            {
                return (i, i + length);
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

    /// <summary>The length of the end marker at <paramref name="i"/>, or null; end markers are strings or the look-ahead for a brace.</summary>
    private static int? EndAt(string input, int i, object marker) => marker switch
    {
        string text => string.CompareOrdinal(input, i, text, 0, text.Length) == 0 ? text.Length : null,
        _ => input[i] == '{' ? 0 : null,
    };

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

    [GeneratedRegex("^$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern1();

    [GeneratedRegex("^.", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern2();

    [GeneratedRegex("^.", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern3();

    [GeneratedRegex(@"^\s", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern4();

    [GeneratedRegex(@"^\s(?=[A-Z\\$])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern5();

    [GeneratedRegex(@"^\s$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern6();

    [GeneratedRegex("^[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern7();

    [GeneratedRegex("^x", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern8();

    [GeneratedRegex("^x$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern9();

    [GeneratedRegex("^i$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern10();

    [GeneratedRegex(@"^(?:[a-zA-Z\u03B1-\u03C9\u0391-\u03A9?@]|(?:\\(?:" + GreekAll + @")(?:\s+|\{\}|(?![a-zA-Z]))))+", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern11();

    [GeneratedRegex(@"^\\(?:" + GreekAll + @")(?:\s+|\{\}|(?![a-zA-Z]))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern12();

    [GeneratedRegex("^(?:([a-z])(?:$|[^a-zA-Z]))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern13();

    [GeneratedRegex(@"^\$(?:([a-z])(?:$|[^a-zA-Z]))\$$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern14();

    [GeneratedRegex(@"^(?:\$?[\u03B1-\u03C9]\$?|\$?\\(?:" + Greek + @")\s*\$?)(?:\s+|\{\}|(?![a-zA-Z]))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern15();

    [GeneratedRegex("^[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern16();

    [GeneratedRegex(@"^[+\-]?(?:[0-9]+(?:[,.][0-9]+)?|[0-9]*(?:\.[0-9]+))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern17();

    [GeneratedRegex(@"^[+\-]?[0-9]+(?:[.,][0-9]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern18();

    [GeneratedRegex(@"^_\{(\([a-z]{1,3}\))\}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern19();

    [GeneratedRegex(@"^(?:\\\{|\[|\()", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern20();

    [GeneratedRegex(@"^(?:\)|\]|\\\})", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern21();

    [GeneratedRegex(@"^[,;]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern22();

    [GeneratedRegex("^[,;]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern23();

    [GeneratedRegex("^[.]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern24();

    [GeneratedRegex(@"^([.\u22C5\u00B7\u2022])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern25();

    [GeneratedRegex(@"^\.\.\.(?=$|[^.])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern26();

    [GeneratedRegex(@"^([*])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern27();

    [GeneratedRegex(@"^\^([0-9]+|[^\\_])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern28();

    [GeneratedRegex(@"^\^(\\[a-zA-Z]+)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern29();

    [GeneratedRegex(@"^\^(-?[0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern30();

    [GeneratedRegex("^'", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern31();

    [GeneratedRegex(@"^_([+\-]?[0-9]+|[^\\])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern32();

    [GeneratedRegex(@"^_(\\[a-zA-Z]+)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern33();

    [GeneratedRegex(@"^(?:\^(?=_)|_(?=\^)|[\^_]$)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern34();

    [GeneratedRegex(@"^\{\}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern35();

    [GeneratedRegex("^[=<>]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern36();

    [GeneratedRegex("^[#\u2261]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern37();

    [GeneratedRegex(@"^\+", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern38();

    [GeneratedRegex(@"^-(?=[\s_},;\]/]|$|\([a-z]+\))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern39();

    [GeneratedRegex("^-(?=[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern40();

    [GeneratedRegex(@"^-(?=(?:[spd]|sp)(?:$|[\s,;\)\]\}]))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern41();

    [GeneratedRegex("^-", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern42();

    [GeneratedRegex(@"^(?:\\pm|\$\\pm\$|\+-|\+/-)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern43();

    [GeneratedRegex(@"^(?:\+|(?:[\-=<>]|<<|>>|\\approx|\$\\approx\$)(?=\s|$|-?[0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern44();

    [GeneratedRegex(@"^(?:v|\(v\)|\^|\(\^\))(?=$|[\s,;\)\]\}])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern45();

    [GeneratedRegex("^(?:<->|<-->|->|<-|<=>>|<<=>|<=>|[\u2192\u27F6\u21CC])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern46();

    [GeneratedRegex(@"^[CMT](?=\[)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern47();

    [GeneratedRegex(@"^(&|\\\\|\\hline)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern48();

    [GeneratedRegex(@"^(?:\\[,\ ;:])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern49();

    [GeneratedRegex(@"^\\ca(?:\s+|(?![a-zA-Z]))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern50();

    [GeneratedRegex(@"^(?:\\[a-zA-Z]+\s*|\\[_&{}%])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern51();

    [GeneratedRegex("^(?:[0-9]{1,2}[spdfgh]|[0-9]{0,2}sp)(?=$|[^a-zA-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern52();

    [GeneratedRegex(@"^[/~|]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern53();

    [GeneratedRegex(@"^(?:[+-][IVX]+|\\pm\s*0|\$\\pm\$\s*0)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern54();

    [GeneratedRegex(@"^(?:[+-]?\s?[IVX]+|\\pm\s*0|\$\\pm\$\s*0)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern55();

    [GeneratedRegex("^[IVX]+", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern56();

    [GeneratedRegex(@"^[+\-]?(?:[0-9]+|\$[a-z]\$|[a-z])/[0-9]+(?:\$[a-z]\$|[a-z])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern57();

    [GeneratedRegex("^(?:[A-Z][a-z]{0,2}|i)(?=,)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern58();

    [GeneratedRegex("^(?:pH|pOH|pC|pK|iPr|iBu)(?=$|[^a-zA-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern59();

    [GeneratedRegex(@"^\s*(/)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern60();

    [GeneratedRegex(@"^\s*(//)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern61();

    [GeneratedRegex(@"^\s*[*.]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern62();

    [GeneratedRegex(@"^(\+\-|\+/\-|\+|\-|\\pm\s?)?(" + Number + @")?(\((?:" + Number + @")\))?(?:([eE]|\s*(\*|x|\\times|\u00D7)\s*10\^)([+\-]?[0-9]+|\{[+\-]?[0-9]+\}))?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithExponent();

    [GeneratedRegex(@"^(\+\-|\+/\-|\+|\-|\\pm\s?)?([0-9]+(?:[,.][0-9]+)?|[0-9]*(?:\.[0-9]+)?)\^([+\-]?[0-9]+|\{[+\-]?[0-9]+\})", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPower();
}
