namespace PaperDigest.Rendering.Math;

/// <summary>
/// Macros defined inside a formula: <c>\newcommand</c>, <c>\renewcommand</c>, <c>\providecommand</c>, <c>\def</c>,
/// <c>\gdef</c> and <c>\let</c>. A definition holds from where it stands to the end of its formula, never beyond.
/// </summary>
internal sealed partial class TexParser
{
    /// <summary>How many tokens a formula may grow to by expanding macros: a bound that ends definitions that copy their arguments.</summary>
    private const int MaxExpandedTokens = 20_000;

    /// <summary>This formula's own definitions; null until it makes one.</summary>
    private Dictionary<string, TexMacro>? definitions;

    /// <summary>The macro <paramref name="name"/> means here: the formula's own first, then the built-in ones.</summary>
    private bool TryGetMacro(string name, out TexMacro macro)
    {
        if (definitions is not null && definitions.TryGetValue(name, out macro!))
        {
            return true;
        }

        return TexMacros.All.TryGetValue(name, out macro!) && !TexSymbols.Commands.ContainsKey(name);
    }

    private bool IsDefined(string name) =>
        definitions?.ContainsKey(name) == true || TexMacros.All.ContainsKey(name) || TexSymbols.Commands.ContainsKey(name);

    /// <summary><c>\newcommand{\name}[n]{body}</c> and its two kin; <c>\name</c> may stand without braces.</summary>
    private MathRow? ParseNewCommand(TexToken token)
    {
        var open = PeekMath();
        var braced = open.Kind == TexTokenKind.BeginGroup;
        if (braced)
        {
            position++;
        }

        var name = NextMath();
        if (name.Kind != TexTokenKind.Command || (braced && NextMath().Kind != TexTokenKind.EndGroup))
        {
            return Fail(token, $"{Describe(token)} needs a command name, as in {Describe(token)}{{\\name}}{{body}}");
        }

        var arguments = 0;
        if (PeekMath() is { Kind: TexTokenKind.Character, Text: "[" })
        {
            position++;
            var count = NextMath();
            if (count.Kind != TexTokenKind.Character || count.Text[0] is < '0' or > '9' || NextMath() is not { Kind: TexTokenKind.Character, Text: "]" })
            {
                return Fail(token, $"{Describe(token)} needs a number of arguments from 0 to 9, as in [2]");
            }

            arguments = count.Text[0] - '0';
        }

        if (PeekMath() is { Kind: TexTokenKind.Character, Text: "[" })
        {
            return Fail(token, $"unsupported: a default for an optional argument of {Describe(token)}");
        }

        var body = ReadRawArgument(token);
        if (body is null)
        {
            return null;
        }

        var defined = IsDefined(name.Text);
        if (token.Text == "newcommand" && defined)
        {
            return Fail(token, $"\\newcommand cannot define {Describe(name)}, which is already defined: use \\renewcommand");
        }

        if (token.Text == "providecommand" && defined)
        {
            return null;
        }

        return Define(token, name, arguments, body);
    }

    /// <summary><c>\def\name#1#2{body}</c> and <c>\gdef</c>: parameters numbered in order, none delimited.</summary>
    private MathRow? ParseDef(TexToken token)
    {
        var name = NextMath();
        if (name.Kind != TexTokenKind.Command)
        {
            return Fail(token, $"{Describe(token)} needs a command name, as in {Describe(token)}\\name{{body}}");
        }

        var arguments = 0;
        while (error is null && PeekMath().Kind != TexTokenKind.BeginGroup)
        {
            var hash = NextMath();
            var number = PeekMath();
            if (hash is not { Kind: TexTokenKind.Character, Text: "#" } || number.Kind != TexTokenKind.Character || number.Text[0] != (char)('1' + arguments))
            {
                return hash.Kind == TexTokenKind.End
                    ? Fail(token, $"{Describe(token)}{Describe(name)} is missing its body")
                    : Fail(hash, $"unsupported: {Describe(token)} parameters other than #1#2… in order");
            }

            position++;
            arguments++;
        }

        var body = ReadRawArgument(token);
        return body is null ? null : Define(token, name, arguments, body);
    }

    /// <summary><c>\let\a\b</c> or <c>\let\a=\b</c>: \a means what \b means now.</summary>
    private MathRow? ParseLet(TexToken token)
    {
        var name = NextMath();
        if (name.Kind != TexTokenKind.Command)
        {
            return Fail(token, "\\let needs a command name, as in \\let\\a\\b");
        }

        if (PeekMath() is { Kind: TexTokenKind.Character, Text: "=" })
        {
            position++;
        }

        var target = NextMath();
        if (target.Kind is TexTokenKind.End or TexTokenKind.EndGroup or TexTokenKind.BeginGroup)
        {
            return Fail(token, $"\\let{Describe(name)} needs a command or character to stand for");
        }

        if (target.Kind == TexTokenKind.Command && TryGetMacro(target.Text, out var meaning))
        {
            (definitions ??= new(StringComparer.Ordinal))[name.Text] = meaning;
            return null;
        }

        return Define(token, name, 0, [target]);
    }

    private MathRow? Define(TexToken token, TexToken name, int arguments, List<TexToken> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is { Kind: TexTokenKind.Character, Text: "#" }
                && (i + 1 == body.Count || body[i + 1].Kind != TexTokenKind.Character || body[i + 1].Text[0] is var n && (n < '1' || n > '0' + arguments)))
            {
                return Fail(body[i], $"{Describe(token)}{Describe(name)}: # must be followed by an argument number from 1 to {arguments}");
            }
        }

        (definitions ??= new(StringComparer.Ordinal))[name.Text] = new TexMacro(arguments, name.Text, Tokens: [.. body, new TexToken(TexTokenKind.End, "", token.Position)]);
        return null;
    }
}
