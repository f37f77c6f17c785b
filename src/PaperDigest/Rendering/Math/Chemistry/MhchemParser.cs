using System.Text.RegularExpressions;

namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// Runs mhchem's state machines over the argument of <c>\ce</c> or <c>\pu</c> (a port of mhchem 3.3.0's parser as
/// Temml 0.13 ships it). Throws <see cref="MhchemException"/> for input the grammar cannot read.
/// </summary>
internal static partial class MhchemParser
{
    /// <summary>How deeply <c>\ce</c> may nest inside itself (in scripts, arrows or math).</summary>
    private const int MaxDepth = 16;

    [ThreadStatic]
    private static int depth;

    public static List<MhchemItem> Go(string? input, string machineName = "ce")
    {
        if (string.IsNullOrEmpty(input))
        {
            return [];
        }

        try
        {
            if (++depth > MaxDepth)
            {
                throw new MhchemException("the formula nests too deeply");
            }

            return Run(input, MhchemMachines.All[machineName]);
        }
        finally
        {
            depth--;
        }
    }

    private static List<MhchemItem> Run(string input, MhchemMachine machine)
    {
        var state = "0";
        var buffer = new MhchemBuffer();
        input = input.Replace('\n', ' ').Replace('\u2212', '-').Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2010', '-')
            .Replace("\u2026", "...", StringComparison.Ordinal);
        string? lastInput = null;
        var watchdog = 10;
        var output = new List<MhchemItem>();
        while (true)
        {
            if (!ReferenceEquals(lastInput, input) && lastInput != input)
            {
                watchdog = 10;
                lastInput = input;
            }
            else
            {
                watchdog--;
            }

            foreach (var transition in machine.For(state))
            {
                var matches = transition.Match(input);
                if (matches is null)
                {
                    continue;
                }

                foreach (var action in transition.Actions)
                {
                    Act(machine.Name, action, buffer, matches, output);
                }

                state = transition.NextState ?? state;
                if (input.Length == 0)
                {
                    return output;
                }

                if (!transition.Revisit)
                {
                    input = matches.Remainder;
                }

                if (!transition.ToContinue)
                {
                    break;
                }
            }

            if (watchdog <= 0)
            {
                throw new MhchemException($"cannot read \"{Shorten(input)}\"");
            }
        }
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

    private static bool Has(string? text) => !string.IsNullOrEmpty(text);

    private static void Act(string machine, MhchemAction action, MhchemBuffer buffer, MhchemMatch m, List<MhchemItem> output)
    {
        var text = m.Text;
        switch (machine, action.Type)
        {
            // Actions particular to one machine come first, as mhchem looks them up there before the common ones.
            case ("ce", "output"):
                Output(buffer, action.Option is { } follows ? int.Parse(follows, System.Globalization.CultureInfo.InvariantCulture) : 0, output);
                return;
            case ("ce", "o after d"):
                if (Has(buffer.D) && AllDigits().IsMatch(buffer.D!))
                {
                    var tmp = buffer.D;
                    buffer.D = null;
                    Output(buffer, 0, output);
                    buffer.B = tmp;
                }
                else
                {
                    Output(buffer, 0, output);
                }

                buffer.O += text;
                return;
            case ("ce", "d= kv"):
                buffer.D = text;
                buffer.DType = "kv";
                return;
            case ("ce", "charge or bond"):
                if (buffer.BeginsWithBond)
                {
                    Output(buffer, 0, output);
                    output.Add(Bond("-"));
                }
                else
                {
                    buffer.D = text;
                }

                return;
            case ("ce", "- after o/d"):
                AfterElementOrCharge(buffer, text, action.Option == "true", output);
                return;
            case ("ce", "a to o"):
                buffer.O = buffer.A;
                buffer.A = null;
                return;
            case ("ce", "sb=true"):
                buffer.SpaceBefore = true;
                return;
            case ("ce", "sb=false"):
                buffer.SpaceBefore = false;
                return;
            case ("ce", "beginsWithBond=true"):
                buffer.BeginsWithBond = true;
                return;
            case ("ce", "beginsWithBond=false"):
                buffer.BeginsWithBond = false;
                return;
            case ("ce", "parenthesisLevel++"):
                buffer.ParenthesisLevel++;
                return;
            case ("ce", "parenthesisLevel--"):
                buffer.ParenthesisLevel--;
                return;
            case ("ce", "state of aggregation"):
                output.Add(new MhchemItem { Type = "state of aggregation", L1 = Go(text, "o") });
                return;
            case ("ce", "comma"):
                var trimmed = text.TrimEnd();
                output.Add(MhchemItem.Of(trimmed != text && buffer.ParenthesisLevel == 0 ? "comma enumeration L" : "comma enumeration M", trimmed));
                return;
            case ("ce", "oxidation-output"):
                output.Add(MhchemItem.Tex("{"));
                output.AddRange(Go(text, "oxidation"));
                output.Add(MhchemItem.Tex("}"));
                return;
            case ("ce", "frac-output"):
                output.Add(new MhchemItem { Type = "frac-ce", L1 = Go(m.Part(0)), L2 = Go(m.Part(1)) });
                return;
            case ("ce", "overset-output"):
                output.Add(new MhchemItem { Type = "overset", L1 = Go(m.Part(0)), L2 = Go(m.Part(1)) });
                return;
            case ("ce", "underset-output"):
                output.Add(new MhchemItem { Type = "underset", L1 = Go(m.Part(0)), L2 = Go(m.Part(1)) });
                return;
            case ("ce", "underbrace-output"):
                output.Add(new MhchemItem { Type = "underbrace", L1 = Go(m.Part(0)), L2 = Go(m.Part(1)) });
                return;
            case ("ce" or "pq" or "bd", "color-output"):
                output.Add(new MhchemItem { Type = "color", P1 = m.Part(0), L1 = Go(m.Part(1), machine == "ce" ? "ce" : machine) });
                return;
            case ("ce", "r="):
                buffer.R = text;
                return;
            case ("ce", "rdt="):
                buffer.Rdt = text;
                return;
            case ("ce", "rd="):
                buffer.Rd = text;
                return;
            case ("ce", "rqt="):
                buffer.Rqt = text;
                return;
            case ("ce", "rq="):
                buffer.Rq = text;
                return;
            case ("ce" or "pu", "operator"):
                output.Add(new MhchemItem { Type = "operator", P1 = action.Option ?? text });
                return;
            case ("text", "output"):
                if (Has(buffer.Text))
                {
                    output.Add(MhchemItem.Of("text", buffer.Text));
                    buffer.Text = null;
                }

                return;
            case ("pq", "state of aggregation"):
                output.Add(new MhchemItem { Type = "state of aggregation subscript", L1 = Go(text, "o") });
                return;
            case ("oxidation", "roman-numeral"):
                output.Add(MhchemItem.Of("roman numeral", text));
                return;
            case ("tex-math" or "tex-math tight", "output"):
                if (Has(buffer.O))
                {
                    output.Add(MhchemItem.Of("tex-math", buffer.O));
                    buffer.O = null;
                }

                return;
            case ("tex-math tight", "tight operator"):
                buffer.O += "{" + text + "}";
                return;
            case ("9,9" or "pu-9,9", "comma"):
                output.Add(MhchemItem.Of("commaDecimal"));
                return;
            case ("pu", "enumber"):
                ExponentNumber(m, output);
                return;
            case ("pu", "number^"):
                AddSign(m.Part(0), output);
                output.AddRange(Go(m.Part(1), "pu-9,9"));
                output.Add(MhchemItem.Tex("^{" + m.Part(2) + "}"));
                return;
            case ("pu", "space"):
                output.Add(MhchemItem.Of("pu-space-1"));
                return;
            case ("pu", "output"):
                UnitOutput(buffer, output);
                return;
            case ("pu-2", "cdot"):
                output.Add(MhchemItem.Of("tight cdot"));
                return;
            case ("pu-2", "^(-1)"):
                buffer.Rm += "^{" + text + "}";
                return;
            case ("pu-2", "space"):
                output.Add(MhchemItem.Of("pu-space-2"));
                return;
            case ("pu-2", "output"):
                if (Has(buffer.Rm))
                {
                    var braced = MhchemPatterns.Match("{(...)}", buffer.Rm!);
                    if (braced is { Remainder: "" })
                    {
                        output.AddRange(Go(braced.Text, "pu"));
                    }
                    else
                    {
                        output.Add(MhchemItem.Of("rm", buffer.Rm));
                    }
                }

                buffer.Rm = null;
                return;
            case ("pu-9,9", "output-0"):
                Thousands(buffer, fromEnd: true, output);
                return;
            case ("pu-9,9", "output-o"):
                Thousands(buffer, fromEnd: false, output);
                return;
        }

        switch (action.Type)
        {
            case "a=":
                buffer.A += text;
                break;
            case "b=":
                buffer.B += text;
                break;
            case "p=":
                buffer.P += text;
                break;
            case "o=":
                buffer.O += text;
                break;
            case "q=":
                buffer.Q += text;
                break;
            case "d=":
                buffer.D += text;
                break;
            case "rm=":
                buffer.Rm += text;
                break;
            case "text=":
                buffer.Text += text;
                break;
            case "insert":
                output.Add(MhchemItem.Of(action.Option!));
                break;
            case "insert+p1":
                output.Add(MhchemItem.Of(action.Option!, text));
                break;
            case "copy":
                output.Add(MhchemItem.Tex(text));
                break;
            case "rm":
                output.Add(MhchemItem.Of("rm", text));
                break;
            case "text":
                output.AddRange(Go(text, "text"));
                break;
            case "{text}":
                output.Add(MhchemItem.Tex("{"));
                output.AddRange(Go(text, "text"));
                output.Add(MhchemItem.Tex("}"));
                break;
            case "tex-math":
                output.AddRange(Go(text, "tex-math"));
                break;
            case "tex-math tight":
                output.AddRange(Go(text, "tex-math tight"));
                break;
            case "bond":
                output.Add(Bond(action.Option ?? text));
                break;
            case "color0-output":
                output.Add(MhchemItem.Of("color0", m.Part(0)));
                break;
            case "ce":
                output.AddRange(Go(text));
                break;
            case "1/2":
                Half(text, output);
                break;
            case "9,9":
                output.AddRange(Go(text, "9,9"));
                break;
            default:
                throw new MhchemException($"unknown action {action.Type}");
        }
    }

    private static MhchemItem Bond(string kind) => MhchemItem.Of("bond", kind);

    private static void AfterElementOrCharge(MhchemBuffer buffer, string m, bool isAfterD, List<MhchemItem> output)
    {
        var element = buffer.O ?? "";
        var c1 = MhchemPatterns.Match("orbital", element);
        var c2 = MhchemPatterns.Match("one lowercase greek letter $", element);
        var c3 = MhchemPatterns.Match("one lowercase latin letter $", element);
        var c4 = MhchemPatterns.Match("$one lowercase latin letter$ $", element);
        var hyphenFollows = m == "-" && ((c1 is not null && c1.Remainder.Length == 0) || c2 is not null || c3 is not null || c4 is not null);
        if (hyphenFollows && !Has(buffer.A) && !Has(buffer.B) && !Has(buffer.P) && !Has(buffer.D) && !Has(buffer.Q) && c1 is null && c3 is not null)
        {
            buffer.O = "$" + buffer.O + "$";
        }

        if (hyphenFollows)
        {
            Output(buffer, 0, output);
            output.Add(MhchemItem.Of("hyphen"));
            return;
        }

        var digits = MhchemPatterns.Match("digits", buffer.D ?? "");
        if (isAfterD && digits is not null && digits.Remainder.Length == 0)
        {
            buffer.D += m;
            Output(buffer, 0, output);
        }
        else
        {
            Output(buffer, 0, output);
            output.Add(Bond("-"));
        }
    }

    /// <summary>
    /// Puts out what the buffer holds: an arrow, or a chemical entity. <paramref name="entityFollows"/> is mhchem's
    /// option: 0 lets a lone amount become the element, 1 keeps a space read before, 2 also keeps an amount an amount.
    /// </summary>
    private static void Output(MhchemBuffer buffer, int entityFollows, List<MhchemItem> output)
    {
        if (!Has(buffer.R))
        {
            if (Has(buffer.A) || Has(buffer.B) || Has(buffer.P) || Has(buffer.O) || Has(buffer.Q) || Has(buffer.D) || entityFollows != 0)
            {
                if (buffer.SpaceBefore)
                {
                    output.Add(MhchemItem.Of("entitySkip"));
                }

                if (!Has(buffer.O) && !Has(buffer.Q) && !Has(buffer.D) && !Has(buffer.B) && !Has(buffer.P) && entityFollows != 2)
                {
                    buffer.O = buffer.A;
                    buffer.A = null;
                }
                else if (!Has(buffer.O) && !Has(buffer.Q) && !Has(buffer.D) && (Has(buffer.B) || Has(buffer.P)))
                {
                    buffer.O = buffer.A;
                    buffer.D = buffer.B;
                    buffer.Q = buffer.P;
                    buffer.A = buffer.B = buffer.P = null;
                }
                else if (Has(buffer.O) && buffer.DType == "kv" && MhchemPatterns.Match("d-oxidation$", buffer.D ?? "") is not null)
                {
                    buffer.DType = "oxidation";
                }
                else if (Has(buffer.O) && buffer.DType == "kv" && !Has(buffer.Q))
                {
                    buffer.DType = null;
                }

                output.Add(new MhchemItem
                {
                    Type = "chemfive",
                    A = Go(buffer.A, "a"),
                    B = Go(buffer.B, "bd"),
                    P = Go(buffer.P, "pq"),
                    O = Go(buffer.O, "o"),
                    Q = Go(buffer.Q, "pq"),
                    D = Go(buffer.D, buffer.DType == "oxidation" ? "oxidation" : "bd"),
                    DType = buffer.DType,
                });
            }
        }
        else
        {
            output.Add(new MhchemItem
            {
                Type = "arrow",
                P1 = buffer.R,
                L1 = ArrowText(buffer.Rdt, buffer.Rd),
                L2 = ArrowText(buffer.Rqt, buffer.Rq),
            });
        }

        buffer.Clear();
    }

    private static List<MhchemItem> ArrowText(string? type, string? text) => type switch
    {
        "M" => Go(text, "tex-math"),
        "T" => [MhchemItem.Of("text", text ?? "")],
        _ => Go(text),
    };

    private static void Half(string m, List<MhchemItem> output)
    {
        if (m.StartsWith('+') || m.StartsWith('-'))
        {
            output.Add(MhchemItem.Tex(m[..1]));
            m = m[1..];
        }

        var n = HalfParts().Match(m);
        output.Add(new MhchemItem { Type = "frac", P1 = n.Groups[1].Value.Replace("$", "", StringComparison.Ordinal), P2 = n.Groups[2].Value });
        if (n.Groups[3].Value.Length > 0)
        {
            output.Add(MhchemItem.Of("tex-math", n.Groups[3].Value.Replace("$", "", StringComparison.Ordinal)));
        }
    }

    private static void AddSign(string sign, List<MhchemItem> output)
    {
        if (sign is "+-" or "+/-")
        {
            output.Add(MhchemItem.Tex("\\pm "));
        }
        else if (sign.Length > 0)
        {
            output.Add(MhchemItem.Tex(sign));
        }
    }

    /// <summary><c>1.2e3</c>, <c>1.2 x 10^3</c>, <c>1.2(3) * 10^-4</c>: a number with an uncertainty and a power of ten.</summary>
    private static void ExponentNumber(MhchemMatch m, List<MhchemItem> output)
    {
        AddSign(m.Part(0), output);
        var exponent = m.Part(3);
        if (m.Part(1).Length > 0)
        {
            output.AddRange(Go(m.Part(1), "pu-9,9"));
            var uncertainty = m.Part(2);
            if (uncertainty.Length > 0)
            {
                if (uncertainty.Contains(',') || uncertainty.Contains('.'))
                {
                    output.AddRange(Go(uncertainty, "pu-9,9"));
                }
                else
                {
                    output.Add(MhchemItem.Tex(uncertainty));
                }
            }

            exponent = m.Part(4).Length > 0 ? m.Part(4) : exponent;
            if (exponent.Length > 0)
            {
                exponent = exponent.Trim();
                output.Add(MhchemItem.Of(exponent == "e" || exponent.StartsWith('*') ? "cdot" : "times"));
            }
        }

        if (exponent.Length > 0)
        {
            output.Add(MhchemItem.Tex("10^{" + m.Part(5) + "}"));
        }
    }

    private static void UnitOutput(MhchemBuffer buffer, List<MhchemItem> output)
    {
        var md = MhchemPatterns.Match("{(...)}", buffer.D ?? "");
        if (md is { Remainder: "" })
        {
            buffer.D = md.Text;
        }

        var mq = MhchemPatterns.Match("{(...)}", buffer.Q ?? "");
        if (mq is { Remainder: "" })
        {
            buffer.Q = mq.Text;
        }

        if (buffer.D is not null)
        {
            buffer.D = Degrees(buffer.D);
        }

        if (Has(buffer.Q))
        {
            buffer.Q = Degrees(buffer.Q!);
            var d = Go(buffer.D, "pu");
            var q = Go(buffer.Q, "pu");
            if (buffer.O == "//")
            {
                output.Add(new MhchemItem { Type = "pu-frac", L1 = d, L2 = q });
            }
            else
            {
                output.AddRange(d);
                output.Add(MhchemItem.Of(d.Count > 1 || q.Count > 1 ? " / " : "/"));
                output.AddRange(q);
            }
        }
        else
        {
            output.AddRange(Go(buffer.D, "pu-2"));
        }

        buffer.Clear();
    }

    private static string Degrees(string unit) => unit
        .Replace("\u00B0C", "{}^{\\circ}C", StringComparison.Ordinal).Replace("^oC", "{}^{\\circ}C", StringComparison.Ordinal).Replace("^{o}C", "{}^{\\circ}C", StringComparison.Ordinal)
        .Replace("\u00B0F", "{}^{\\circ}F", StringComparison.Ordinal).Replace("^oF", "{}^{\\circ}F", StringComparison.Ordinal).Replace("^{o}F", "{}^{\\circ}F", StringComparison.Ordinal);

    /// <summary>Digits in groups of three with a thin space between, counted from the decimal point.</summary>
    private static void Thousands(MhchemBuffer buffer, bool fromEnd, List<MhchemItem> output)
    {
        var text = buffer.Text ?? "";
        buffer.Text = null;
        if (text.Length <= 4)
        {
            output.Add(MhchemItem.Tex(text));
            return;
        }

        var groups = new List<string>();
        if (fromEnd)
        {
            var first = text.Length % 3 == 0 ? 3 : text.Length % 3;
            groups.Add(text[..first]);
            for (var i = first; i < text.Length; i += 3)
            {
                groups.Add(text.Substring(i, 3));
            }
        }
        else
        {
            var i = 0;
            for (; i < text.Length - 3; i += 3)
            {
                groups.Add(text.Substring(i, 3));
            }

            groups.Add(text[i..]);
        }

        for (var i = 0; i < groups.Count; i++)
        {
            if (i > 0)
            {
                output.Add(MhchemItem.Of("1000 separator"));
            }

            output.Add(MhchemItem.Tex(groups[i]));
        }
    }

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AllDigits();

    [GeneratedRegex(@"^([0-9]+|\$[a-z]\$|[a-z])/([0-9]+)(\$[a-z]\$|[a-z])?$", RegexOptions.CultureInvariant)]
    private static partial Regex HalfParts();
}
