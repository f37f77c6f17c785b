using System.Globalization;
using System.Text;

namespace PaperDigest.Rendering.Math;

/// <summary>
/// The notations beyond symbols, fractions, radicals and tables: macros, colour, cancelling, boxes, phantoms, kerns,
/// extensible arrows, atom classes, <c>\sideset</c>, <c>\genfrac</c>, <c>\tag</c>, infix fractions and size switches.
/// </summary>
internal sealed partial class TexParser
{
    /// <summary>How many macros one formula may expand: a bound that ends recursive definitions.</summary>
    private const int MaxExpansions = 1000;

    private int expansions;

    /// <summary>The <c>\tag{...}</c> of a display formula, set at its right.</summary>
    private string? tag;

    /// <summary>Commands reached through the main dispatch that it does not know; unknown ones are refused.</summary>
    private MathNode? ParseNotation(TexToken token)
    {
        var name = token.Text;
        if (ExtensibleArrows.TryGetValue(name, out var arrow))
        {
            return ParseExtensibleArrow(token, arrow);
        }

        return name switch
        {
            "mathop" => ParseClassed(token, AtomClass.Op),
            "mathbin" => ParseClassed(token, AtomClass.Bin),
            "mathrel" => ParseClassed(token, AtomClass.Rel),
            "mathopen" => ParseClassed(token, AtomClass.Open),
            "mathclose" => ParseClassed(token, AtomClass.Close),
            "mathpunct" => ParseClassed(token, AtomClass.Punct),
            "mathord" => ParseClassed(token, AtomClass.Ord),
            "mathinner" => ParseClassed(token, AtomClass.Inner),
            "cancel" => Decorated(MathClasses.Cancel, ParseArgument(token)),
            "bcancel" => Decorated(MathClasses.BackCancel, ParseArgument(token)),
            "xcancel" => Decorated(MathClasses.CrossCancel, ParseArgument(token)),
            "sout" => Decorated(MathClasses.StrikeOut, ParseArgument(token)),
            "cancelto" => ParseCancelTo(token),
            "boxed" => new MathStyle(true, Decorated(MathClasses.Boxed, ParseArgument(token))),
            "fbox" => Decorated(MathClasses.Boxed, TextArgument(token)),
            "textcircled" => Decorated(MathClasses.Circled, TextArgument(token)),
            "angl" => Decorated(MathClasses.Angle, ParseArgument(token)),
            "phase" => Decorated(MathClasses.Phase, ParseArgument(token)),
            "longdiv" => Decorated(MathClasses.LongDivision, ParseArgument(token)),
            "colorbox" => ParseColorBox(token, framed: false),
            "fcolorbox" => ParseColorBox(token, framed: true),
            "textcolor" => ParseTextColor(token),
            "phantom" => new MathWrap("mphantom", "", ParseArgument(token)),
            "hphantom" => new MathWrap("mpadded", " height=\"0px\" depth=\"0px\"", new MathWrap("mphantom", "", ParseArgument(token))),
            "vphantom" => new MathWrap("mpadded", " width=\"0px\"", new MathWrap("mphantom", "", ParseArgument(token))),
            "smash" => ParseSmash(token),
            "mathrlap" or "rlap" => new MathWrap("mpadded", " width=\"0px\"", ParseArgument(token)),

            // The shift is a transform of the content's own box, whose width the zero-width mpadded around it does not know.
            "mathllap" or "llap" => new MathWrap("mpadded", " width=\"0px\"", Decorated(MathClasses.LeftOverlap, ParseArgument(token))),
            "mathclap" or "clap" => new MathWrap("mpadded", " width=\"0px\"", Decorated(MathClasses.CentredOverlap, ParseArgument(token))),
            "raisebox" => ParseRaised(token, sign: 1, text: true),
            "raise" => ParseRaised(token, sign: 1, text: false),
            "lower" => ParseRaised(token, sign: -1, text: false),
            "kern" or "mkern" or "hskip" or "mskip" or "hspace" => ParseKern(token),
            "vcenter" => ParseArgument(token),
            "mathchoice" => ParseMathChoice(token),
            "genfrac" => ParseGeneralisedFraction(token),
            "sideset" => ParseSideset(token),
            "tag" => ParseTag(token),
            "label" => SkipLabel(token),
            "ref" => ReferenceText(token, parenthesised: false),
            "eqref" => ReferenceText(token, parenthesised: true),
            "char" => ParseCharacterCode(token),
            "reflectbox" => Decorated(MathClasses.Reflected, TextArgument(token)),
            "verb" => Fail(token, "\\verb needs its text between two equal characters on one line, as in \\verb|x_1|"),
            "bordermatrix" => ParseBorderMatrix(token),
            "cd@arrow" => ParseDiagramArrow(token),
            "newcommand" or "renewcommand" or "providecommand" => ParseNewCommand(token),
            "def" or "gdef" or "edef" or "xdef" => ParseDef(token),
            "let" => ParseLet(token),
            "global" => ParseGlobal(token),
            _ => Fail(token, $"unsupported command \\{name}", TexProblemKind.UnknownCommand, name),
        };
    }

    /// <summary>
    /// A command that changes the rest of its group, returning how to wrap what follows it (and consuming its
    /// arguments), or null when <paramref name="token"/> is not one.
    /// </summary>
    private Func<MathRow, MathNode>? RowSwitch(TexToken token)
    {
        switch (token.Text)
        {
            case "displaystyle" or "textstyle":
                position++;
                var isDisplay = token.Text == "displaystyle";
                display = isDisplay;
                return row => new MathStyle(isDisplay, row);
            case "scriptstyle" or "scriptscriptstyle":
                position++;
                display = false;
                var level = token.Text == "scriptstyle" ? 1 : 2;
                return row => new MathStyle(false, row, level);
            case "color":
                position++;
                var color = ReadColor(token);
                return color is null ? null : row => Colored(color, row);
            default:
                if (!Sizes.TryGetValue(token.Text, out var size))
                {
                    return null;
                }

                position++;
                return row => new MathWrap("mstyle", $" mathsize=\"{size}\"", row);
        }
    }

    /// <summary>The fraction an infix command (<c>a \over b</c>) makes of its group, or null if it is none.</summary>
    private Func<MathRow, MathRow, MathNode>? Infix(TexToken token)
    {
        switch (token.Text)
        {
            case "over":
                return (above, below) => new MathFraction(above, below, WithoutRule: false);
            case "atop":
                return (above, below) => new MathFraction(above, below, WithoutRule: true);
            case "choose":
                return (above, below) => Delimited("(", new MathFraction(above, below, WithoutRule: true), ")");
            case "brace":
                return (above, below) => Delimited("{", new MathFraction(above, below, WithoutRule: true), "}");
            case "brack":
                return (above, below) => Delimited("[", new MathFraction(above, below, WithoutRule: true), "]");
            case "above":
                position++;
                var thickness = ReadDimension(token, braced: false);
                position--;
                return (above, below) => new MathFraction(above, below, WithoutRule: false) { LineThickness = thickness };
            default:
                return null;
        }
    }

    /// <summary><c>\char65</c>, <c>\char"41</c> (hex), <c>\char'101</c> (octal), <c>\char`A</c>: the character of that code.</summary>
    private MathNode ParseCharacterCode(TexToken token)
    {
        var first = PeekMath();
        var radix = first.Text switch
        {
            "\"" => 16,
            "'" => 8,
            "`" => 0,
            _ => 10,
        };
        if (first.Kind == TexTokenKind.Character && radix != 10)
        {
            position++;
        }

        var code = 0L;
        var digits = 0;
        if (radix == 0)
        {
            // \char`A, or \char`\A: the code of the character itself.
            var quoted = tokens[position];
            if (quoted.Kind is TexTokenKind.Character or TexTokenKind.Command && quoted.Text.Length > 0 && (quoted.Kind == TexTokenKind.Character || quoted.Text.Length <= 2))
            {
                position++;
                code = char.ConvertToUtf32(quoted.Text, 0);
                digits = 1;
            }
        }
        else
        {
            while (tokens[position] is { Kind: TexTokenKind.Character, Text: [var c] } && HexDigit(c) is var digit && digit < radix && code <= 0x10FFFF)
            {
                code = (code * radix) + digit;
                digits++;
                position++;
            }
        }

        if (digits == 0 || code > 0x10FFFF || (code is >= 0xD800 and <= 0xDFFF) || code < 32 || code is >= 0x7F and < 0xA0)
        {
            return Fail(token, "\\char needs the code of a character that can be shown, as in \\char65, \\char\"41 or \\char'101");
        }

        var text = char.ConvertFromUtf32((int)code);
        return text.Length == 1 && char.IsAsciiLetter(text[0]) ? Letter(text) : new MathToken(MathTokenKind.Identifier, text, AtomClass.Ord);
    }

    /// <summary>0–15 for 0–9 and A–F (TeX's hexadecimal digits are upper case), 99 for anything else.</summary>
    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => 99,
    };

    /// <summary>Replaces a macro by its body with the arguments put in; every token takes the macro's position.</summary>
    private bool Expand(TexToken token, TexMacro macro)
    {
        if (++expansions > MaxExpansions)
        {
            Fail(token, $"macro {Describe(token)} expands too often: more than {MaxExpansions} macros in one formula (a definition that uses itself?)", TexProblemKind.RunawayMacro, token.Text);
            return false;
        }

        var arguments = ReadMacroArguments(token, macro);
        if (arguments is null)
        {
            return false;
        }

        var body = macro.Tokens ?? TexTokenizer.Tokenize(macro.Body)!;
        var expansion = new List<TexToken>(body.Count);
        for (var i = 0; i < body.Count - 1; i++)
        {
            var part = body[i];
            if (part is { Kind: TexTokenKind.Character, Text: "#" } && i + 1 < body.Count - 1 && char.IsAsciiDigit(body[i + 1].Text[0]))
            {
                expansion.AddRange(arguments[body[i + 1].Text[0] - '1']);
                i++;
                continue;
            }

            expansion.Add(part with { Position = token.Position });
        }

        if (tokens.Count + expansion.Count > MaxExpandedTokens)
        {
            Fail(token, $"macro {Describe(token)} expands too far: the formula would grow past {MaxExpandedTokens} tokens (a definition that uses itself?)", TexProblemKind.RunawayMacro, token.Text);
            return false;
        }

        tokens.InsertRange(position, expansion);
        return true;
    }

    /// <summary>A macro argument as tokens: the inside of a braced group, or one token.</summary>
    private List<TexToken>? ReadRawArgument(TexToken owner)
    {
        var first = PeekMath();
        if (first.Kind is TexTokenKind.End or TexTokenKind.EndGroup)
        {
            Fail(owner, $"{Describe(owner)} is missing its argument");
            return null;
        }

        position++;
        if (first.Kind != TexTokenKind.BeginGroup)
        {
            return [first];
        }

        var start = position;
        var level = 0;
        while (tokens[position].Kind != TexTokenKind.End)
        {
            var kind = tokens[position++].Kind;
            if (kind == TexTokenKind.BeginGroup)
            {
                level++;
            }
            else if (kind == TexTokenKind.EndGroup && level-- == 0)
            {
                return tokens.GetRange(start, position - 1 - start);
            }
        }

        Fail(first, "unbalanced braces: a { is never closed");
        return null;
    }

    private static List<TexToken> ReplaceBars(List<TexToken> argument, string bar, bool every, int at)
    {
        var replacement = TexTokenizer.Tokenize(bar)!.Take(..^1).Select(t => t with { Position = at }).ToList();
        var result = new List<TexToken>(argument.Count);
        var level = 0;
        var done = false;
        foreach (var token in argument)
        {
            level += token.Kind == TexTokenKind.BeginGroup ? 1 : token.Kind == TexTokenKind.EndGroup ? -1 : 0;
            if (!done && level == 0 && token is { Kind: TexTokenKind.Character, Text: "|" })
            {
                result.AddRange(replacement);
                done = !every;
                continue;
            }

            result.Add(token);
        }

        return result;
    }

    /// <summary><c>\mathrel{...}</c> and kin: the argument spaced as an atom of <paramref name="atomClass"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "It returns tokens and rows.")]
    private MathNode ParseClassed(TexToken token, AtomClass atomClass)
    {
        var body = ParseArgument(token);
        var single = body is MathRow { Items: [var only] } ? only : body;
        var space = atomClass switch
        {
            AtomClass.Rel => "0.2778em",
            AtomClass.Bin => "0.2222em",
            AtomClass.Op => "0.1667em",
            _ => "0em",
        };
        if (single is MathToken token1 && atomClass is not (AtomClass.Ord or AtomClass.Inner))
        {
            return token1 with
            {
                Kind = MathTokenKind.Operator,
                Class = atomClass,
                Variant = null,
                Stretchy = false,
                LeftSpace = atomClass == AtomClass.Punct ? "0em" : space,
                RightSpace = space,
                Limits = atomClass == AtomClass.Op,
            };
        }

        if (single is MathToken ordinary)
        {
            return ordinary with { Class = atomClass };
        }

        // \mathop{\mathrm{Res}}: letters set upright make one operator name, as \operatorname does.
        if (atomClass == AtomClass.Op && single is MathRow { Items.Count: > 0, Items: var letters } && letters.All(item => item is MathToken { Kind: MathTokenKind.Identifier, Variant: "normal" }))
        {
            var name = string.Concat(letters.Select(item => ((MathToken)item).Text));
            return new MathToken(MathTokenKind.Operator, name, AtomClass.Op) { LeftSpace = space, RightSpace = space, Limits = true, Stretchy = false };
        }

        var items = body is MathRow row ? row.Items : [body];
        return atomClass is AtomClass.Rel or AtomClass.Bin
            ? new MathRow([new MathSpace(space), new MathRow(items), new MathSpace(space)]) { Class = atomClass }
            : new MathRow(items) { Class = atomClass, Limits = atomClass == AtomClass.Op };
    }

    private static MathWrap Decorated(string className, MathNode body) => new("mrow", $" class=\"{className}\"", body);

    private MathToken TextArgument(TexToken token) => new MathToken(MathTokenKind.Text, ReadText(token, operatorName: false), AtomClass.Ord);

    private MathScripts ParseCancelTo(TexToken token)
    {
        var value = ParseArgument(token);
        var body = ParseArgument(token);
        return new MathScripts(Decorated(MathClasses.CancelTo, body), null, value, Limits: false);
    }

    private MathNode ParseColorBox(TexToken token, bool framed)
    {
        var frame = framed ? ReadColor(token) : null;
        var background = ReadColor(token);
        var body = TextArgument(token);
        if (background is null || (framed && frame is null))
        {
            return MathRow.Empty;
        }

        if (frame is not null && !MathColor.Named.ContainsKey(frame))
        {
            // A frame of any other colour: the box sits on a background of that colour, a frame's width larger all round.
            return new MathWrap("mrow", $" class=\"{MathClasses.FrameBox}\"{Background(frame)}", new MathWrap("mrow", $" class=\"{MathClasses.ColorBox}\"{Background(background)}", body));
        }

        var classes = framed ? $"{MathClasses.ColorBox} {MathClasses.Boxed} {MathColor.FrameClassOf(frame!)}" : MathClasses.ColorBox;
        return new MathWrap("mrow", $" class=\"{classes}\"{Background(background)}", body);
    }

    /// <summary>A <c>mathbackground</c> attribute (MathML Core's, not a style) for a colour <see cref="ReadColor"/> accepted.</summary>
    private static string Background(string color)
    {
        var attribute = new StringBuilder(" mathbackground=\"");
        HtmlText.Escape(attribute, MathColor.Value(color)!);
        return attribute.Append('"').ToString();
    }

    private MathNode ParseTextColor(TexToken token)
    {
        var color = ReadColor(token);
        var body = ParseArgument(token);
        return color is null ? MathRow.Empty : Colored(color, body);
    }

    /// <summary>A named colour as its class, any other as <c>mathcolor</c>.</summary>
    private static MathWrap Colored(string color, MathNode body)
    {
        if (MathColor.Named.ContainsKey(color))
        {
            return new MathWrap("mrow", $" class=\"{MathColor.ClassOf(color)}\"", body);
        }

        var attributes = new StringBuilder(" mathcolor=\"");
        HtmlText.Escape(attributes, MathColor.Value(color)!);
        return new MathWrap("mrow", attributes.Append('"').ToString(), body);
    }

    /// <summary>A braced colour: a name or hex code (the <c>[HTML]</c>/<c>[rgb]</c>/<c>[RGB]</c> models too), or null after failing.</summary>
    private string? ReadColor(TexToken owner)
    {
        string? model = null;
        if (PeekMath() is { Kind: TexTokenKind.Character, Text: "[" })
        {
            position++;
            model = ReadRawUntil("]");
        }

        var raw = ReadRawArgument(owner);
        if (raw is null)
        {
            return null;
        }

        var spec = string.Concat(raw.Select(t => t.Kind == TexTokenKind.Command ? "\\" + t.Text : t.Text)).Trim();
        var color = model switch
        {
            null or "HTML" => MathColor.Value(spec) is null ? null : spec,
            "RGB" or "rgb" => MathColor.FromComponents(spec, model == "rgb"),
            _ => null,
        };
        if (color is null)
        {
            Fail(owner, $"{Describe(owner)} needs a colour such as red or #1f77b4, not {spec}");
        }

        return color;
    }

    private string? ReadRawUntil(string close)
    {
        var text = new StringBuilder();
        while (tokens[position] is { Kind: not TexTokenKind.End } token)
        {
            position++;
            if (token.Kind == TexTokenKind.Character && token.Text == close)
            {
                return text.ToString().Trim();
            }

            text.Append(token.Text);
        }

        return null;
    }

    private MathWrap ParseSmash(TexToken token)
    {
        var attributes = " height=\"0px\" depth=\"0px\"";
        if (PeekMath() is { Kind: TexTokenKind.Character, Text: "[" })
        {
            position++;
            attributes = ReadRawUntil("]") switch
            {
                "t" => " height=\"0px\"",
                "b" => " depth=\"0px\"",
                _ => attributes,
            };
        }

        return new MathWrap("mpadded", attributes, ParseArgument(token));
    }

    private MathNode ParseRaised(TexToken token, int sign, bool text)
    {
        var length = ReadDimension(token, braced: text);
        if (length is null)
        {
            return MathRow.Empty;
        }

        var body = text ? TextArgument(token) : ParseArgument(token);
        var offset = sign < 0 ? (length.StartsWith('-') ? length[1..] : "-" + length) : length;
        return new MathWrap("mpadded", $" voffset=\"{offset}\" height=\"+{length}\"".Replace("+-", "+", StringComparison.Ordinal), body);
    }

    private MathNode? ParseKern(TexToken token)
    {
        if (token.Text == "hspace" && tokens[position] is { Kind: TexTokenKind.Character, Text: "*" })
        {
            position++;
        }

        var width = ReadDimension(token, braced: token.Text == "hspace");
        return width is null ? MathRow.Empty : new MathSpace(width);
    }

    /// <summary>
    /// A TeX length (<c>1em</c>, <c>-3mu</c>, <c>.5ex</c>, <c>2pt</c>), braced or not, as a CSS length in em; null after failing.
    /// </summary>
    private string? ReadDimension(TexToken owner, bool braced)
    {
        var first = PeekMath();
        var inBraces = first.Kind == TexTokenKind.BeginGroup;
        if (braced && !inBraces)
        {
            Fail(owner, $"{Describe(owner)} needs a length in braces, such as {{1em}}");
            return null;
        }

        if (inBraces)
        {
            position++;
        }

        var text = new StringBuilder();
        while (PeekMath() is { Kind: TexTokenKind.Character } part && (char.IsAsciiLetterOrDigit(part.Text[0]) || part.Text is "." or "-" or "+" or ","))
        {
            position++;
            text.Append(part.Text == "," ? "." : part.Text);
            if (char.IsAsciiLetter(part.Text[0]) && text.Length >= 2 && char.IsAsciiLetter(text[^2]))
            {
                break;
            }
        }

        if (inBraces && NextMath().Kind != TexTokenKind.EndGroup)
        {
            Fail(owner, $"{Describe(owner)} needs a length such as 1em");
            return null;
        }

        var spec = text.ToString();
        var unit = spec.Length >= 2 ? spec[^2..] : "";
        if (!double.TryParse(spec.AsSpan(0, System.Math.Max(spec.Length - 2, 0)), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !Units.TryGetValue(unit, out var perUnit))
        {
            Fail(owner, $"{Describe(owner)} needs a length such as 1em or 3mu, not {(spec.Length == 0 ? "nothing" : spec)}");
            return null;
        }

        return (value * perUnit).ToString("0.####", CultureInfo.InvariantCulture) + "em";
    }

    private MathNode ParseMathChoice(TexToken token)
    {
        var choices = new MathNode[4];
        for (var i = 0; i < choices.Length; i++)
        {
            choices[i] = ParseArgument(token);
        }

        return display ? choices[0] : choices[1];
    }

    /// <summary><c>\genfrac{(}{)}{0pt}{1}{a}{b}</c>: delimiters, rule thickness, style (0 to 3, or empty), numerator, denominator.</summary>
    private MathNode ParseGeneralisedFraction(TexToken token)
    {
        var open = ReadRawArgument(token);
        var close = ReadRawArgument(token);
        var thickness = PeekMath() is { Kind: TexTokenKind.BeginGroup } && tokens[position + 1].Kind == TexTokenKind.EndGroup
            ? SkipEmptyGroup()
            : ReadDimension(token, braced: true);
        var style = ReadRawArgument(token);
        if (open is null || close is null || style is null || error is not null)
        {
            return MathRow.Empty;
        }

        var numerator = ParseArgument(token);
        var denominator = ParseArgument(token);
        var fraction = new MathFraction(numerator, denominator, WithoutRule: thickness is "0em") { LineThickness = thickness is "0em" ? null : thickness };
        var delimited = Delimited(DelimiterOf(open, token), fraction, DelimiterOf(close, token));
        var level = style.Count == 1 ? style[0].Text : "";
        return level switch
        {
            "0" => new MathStyle(true, delimited),
            "1" => new MathStyle(false, delimited),
            "2" => new MathStyle(false, delimited, ScriptLevel: 1),
            "3" => new MathStyle(false, delimited, ScriptLevel: 2),
            _ => delimited,
        };
    }

    private string? SkipEmptyGroup()
    {
        position += 2;
        return null;
    }

    private string DelimiterOf(List<TexToken> raw, TexToken owner)
    {
        if (raw.Count == 0)
        {
            return "";
        }

        var key = raw[0].Kind == TexTokenKind.Command ? "\\" + raw[0].Text : raw[0].Text;
        if (raw.Count == 1 && TexSymbols.Delimiters.TryGetValue(key, out var delimiter))
        {
            return delimiter;
        }

        Fail(owner, $"{Describe(owner)} needs delimiters such as ( or \\{{ or nothing");
        return "";
    }

    private static MathNode Delimited(string open, MathNode body, string close)
    {
        if (open.Length == 0 && close.Length == 0)
        {
            return body;
        }

        var items = new List<MathNode>();
        AddFence(items, open, AtomClass.Open);
        items.Add(body);
        AddFence(items, close, AtomClass.Close);
        return new MathRow(items) { Class = AtomClass.Inner };
    }

    /// <summary><c>\sideset{_a^b}{_c^d}\sum</c>: the scripts of the two groups go before and after the operator.</summary>
    private MathNode ParseSideset(TexToken token)
    {
        var before = ParseArgument(token);
        var after = ParseArgument(token);
        var body = ParseArgument(token);
        if (error is not null)
        {
            return MathRow.Empty;
        }

        var (preSub, preSup) = ScriptsOf(before);
        var (postSub, postSup) = ScriptsOf(after);
        if (body is MathToken { Kind: MathTokenKind.Operator } op)
        {
            body = op with { Limits = false };
        }

        return new MathMultiscripts(body, postSub, postSup, preSub, preSup);
    }

    private static (MathNode? Sub, MathNode? Sup) ScriptsOf(MathNode group) => group switch
    {
        MathScripts scripts => (scripts.Sub, scripts.Sup),
        MathRow { Items: [MathScripts scripts] } => (scripts.Sub, scripts.Sup),
        _ => (null, null),
    };

    private MathRow? ParseTag(TexToken token)
    {
        var starred = tokens[position] is { Kind: TexTokenKind.Character, Text: "*" };
        if (starred)
        {
            position++;
        }

        var text = ReadText(token, operatorName: false);
        if (error is null && tag is not null)
        {
            return Fail(token, "a formula can have only one \\tag");
        }

        tag = starred ? text : $"({text})";
        return null;
    }

    private MathNode? SkipLabel(TexToken token)
    {
        ReadRawArgument(token);
        return null;
    }

    private MathToken ReferenceText(TexToken token, bool parenthesised)
    {
        var raw = ReadRawArgument(token);
        var label = raw is null ? "" : string.Concat(raw.Select(t => t.Text));
        return new MathToken(MathTokenKind.Text, parenthesised ? $"({label})" : label, AtomClass.Ord);
    }

    /// <summary>The display formula with its tag at the right: a one-row table whose outer cells share the spare width.</summary>
    private MathRow WithTag(MathRow formula)
    {
        if (tag is null)
        {
            return formula;
        }

        var label = new MathToken(MathTokenKind.Text, tag, AtomClass.Ord);
        IReadOnlyList<MathNode> row = [MathRow.Empty, formula, label];
        return new MathRow([new MathTable([row], ["center", "center", "right"], null, DisplayStyle: true) { Class = MathClasses.Tag }]);
    }

    /// <summary><c>\xrightarrow[below]{above}</c>: a stretchy arrow under its labels, at least as wide as TeX's.</summary>
    private MathRow ParseExtensibleArrow(TexToken token, string arrow)
    {
        MathNode? below = null;
        if (PeekMath() is { Kind: TexTokenKind.Character, Text: "[" } open)
        {
            position++;
            var items = ParseRow(stopAtBracket: true);
            if (PeekMath() is not { Kind: TexTokenKind.Character, Text: "]" })
            {
                return Fail(open, $"the [ of {Describe(token)} is never closed");
            }

            position++;
            below = Padded(new MathRow(items));
        }

        var above = Padded(ParseArgument(token));
        var mark = new MathToken(MathTokenKind.Operator, arrow, AtomClass.Rel) { Stretchy = true, LeftSpace = "0em", RightSpace = "0em" };
        var scripts = new MathScripts(mark, below ?? new MathSpace("2.5em"), above, Limits: true);
        return new MathRow([new MathSpace("0.2778em"), scripts, new MathSpace("0.2778em")]) { Class = AtomClass.Rel };
    }

    private static MathRow Padded(MathNode label) => new([new MathSpace("0.4286em"), label, new MathSpace("0.4286em")]);

    private MathStyle ParseContinuedFraction(TexToken token)
    {
        // \cfrac[l]{1}{x}: the side of the numerator is a detail the browser cannot show; the option is read and dropped.
        if (PeekMath() is { Kind: TexTokenKind.Character, Text: "[" })
        {
            position++;
            ReadRawUntil("]");
        }

        var savedDisplay = display;
        display = true;
        var numerator = ParseArgument(token);
        var denominator = ParseArgument(token);
        display = savedDisplay;

        // TeX sets both parts in display style, so nested \cfrac keep their size.
        return new MathStyle(true, new MathFraction(new MathStyle(true, numerator), new MathStyle(true, denominator), WithoutRule: false));
    }

    /// <summary>How many primes a superscript such as <c>{\prime\prime}</c> holds, or 0 if it holds anything else.</summary>
    private static int PrimeCount(MathNode script) => script switch
    {
        MathToken { Kind: MathTokenKind.Operator, Text: "′" } => 1,
        MathRow { Items.Count: > 0 } row when row.Items.All(item => item is MathToken { Kind: MathTokenKind.Operator, Text: "′" }) => row.Items.Count,
        _ => 0,
    };

    /// <summary>Sizes of <c>\tiny</c> ... <c>\Huge</c> relative to the text, as Temml sets them.</summary>
    private static readonly Dictionary<string, string> Sizes = new(StringComparer.Ordinal)
    {
        ["tiny"] = "0.5em",
        ["Tiny"] = "0.6em",
        ["sixptsize"] = "0.6em",
        ["scriptsize"] = "0.7em",
        ["footnotesize"] = "0.8em",
        ["small"] = "0.9em",
        ["normalsize"] = "1em",
        ["large"] = "1.2em",
        ["Large"] = "1.44em",
        ["LARGE"] = "1.728em",
        ["huge"] = "2.074em",
        ["Huge"] = "2.488em",
    };

    /// <summary>TeX units in em of a 10pt font (mu is 1/18 em).</summary>
    private static readonly Dictionary<string, double> Units = new(StringComparer.Ordinal)
    {
        ["em"] = 1,
        ["ex"] = 0.431,
        ["mu"] = 1.0 / 18,
        ["pt"] = 0.1,
        ["bp"] = 0.1004,
        ["pc"] = 1.2,
        ["dd"] = 0.107,
        ["cc"] = 1.284,
        ["px"] = 0.0753,
        ["mm"] = 0.2845,
        ["cm"] = 2.845,
        ["in"] = 7.227,
        ["sp"] = 0.1 / 65536,
    };

    /// <summary>The arrows of <c>\xrightarrow</c> and kin.</summary>
    private static readonly Dictionary<string, string> ExtensibleArrows = new(StringComparer.Ordinal)
    {
        ["xrightarrow"] = "→",
        ["xleftarrow"] = "←",
        ["xleftrightarrow"] = "↔",
        ["xRightarrow"] = "⇒",
        ["xLeftarrow"] = "⇐",
        ["xLeftrightarrow"] = "⇔",
        ["xmapsto"] = "↦",
        ["xhookleftarrow"] = "↩",
        ["xhookrightarrow"] = "↪",
        ["xleftharpoondown"] = "↽",
        ["xleftharpoonup"] = "↼",
        ["xrightharpoondown"] = "⇁",
        ["xrightharpoonup"] = "⇀",
        ["xrightleftharpoons"] = "⇌",
        ["xleftrightharpoons"] = "⇋",
        ["xlongequal"] = "=",
        ["xtwoheadleftarrow"] = "↞",
        ["xtwoheadrightarrow"] = "↠",
        ["xtofrom"] = "⇄",
        ["longrightharpoonup"] = "⇀",
        ["longleftharpoondown"] = "↽",
        ["yields"] = "→",
        ["yieldsLeft"] = "←",
        ["yieldsLeftRight"] = "↔",
        ["mesomerism"] = "↔",
        ["chemequilibrium"] = "⇌",
    };
}
