namespace PaperDigest.Rendering.Math;

/// <summary>
/// Macros defined inside a formula: <c>\newcommand</c>, <c>\renewcommand</c>, <c>\providecommand</c>, <c>\def</c>,
/// <c>\gdef</c>, <c>\edef</c>, <c>\xdef</c> and <c>\let</c>. A definition holds from where it stands to the end of
/// its braced group (a global one, <c>\gdef</c>, <c>\xdef</c> or after <c>\global</c>, to the end of the formula),
/// never in the next formula.
/// </summary>
internal sealed partial class TexParser
{
    /// <summary>How many tokens a formula may grow to by expanding macros: a bound that ends definitions that copy their arguments.</summary>
    private const int MaxExpandedTokens = 20_000;

    /// <summary>This formula's own definitions; null until it makes one.</summary>
    private Dictionary<string, TexMacro>? definitions;

    /// <summary>What each local definition made inside a group replaced (null: nothing), undone when its group ends.</summary>
    private List<(string Name, TexMacro? Previous)>? saved;

    /// <summary>How many braced groups are open: a definition at level 0 has nothing to be undone by.</summary>
    private int groupLevel;

    /// <summary>A <c>\global</c> was read: the next definition is global.</summary>
    private bool globalNext;

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

    /// <summary>Where the definitions made in a group start to be undone at its end (see <see cref="EndGroupScope"/>).</summary>
    private int BeginGroupScope()
    {
        groupLevel++;
        return saved?.Count ?? 0;
    }

    /// <summary>Undoes the local definitions made since <paramref name="mark"/>, latest first, as TeX does at a closing brace.</summary>
    private void EndGroupScope(int mark)
    {
        groupLevel--;
        if (saved is null)
        {
            return;
        }

        for (var i = saved.Count - 1; i >= mark; i--)
        {
            var (name, previous) = saved[i];
            if (previous is null)
            {
                definitions!.Remove(name);
            }
            else
            {
                definitions![name] = previous;
            }
        }

        saved.RemoveRange(mark, saved.Count - mark);
    }

    /// <summary><c>\newcommand{\name}[n][default]{body}</c> and its two kin; <c>\name</c> may stand without braces.</summary>
    private MathRow? ParseNewCommand(TexToken token)
    {
        var global = TakeGlobal();
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

        List<TexToken>? optional = null;
        if (PeekMath() is { Kind: TexTokenKind.Character, Text: "[" } bracket)
        {
            position++;
            optional = ReadBracketed(bracket);
            if (optional is null)
            {
                return null;
            }

            if (arguments == 0)
            {
                return Fail(bracket, $"{Describe(token)}{Describe(name)} has a default for an optional argument but no arguments: write [1][default]");
            }
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

        return Define(token, name, arguments, body, global, optional, parameters: null);
    }

    /// <summary>
    /// <c>\def\name#1#2{body}</c> and <c>\gdef</c>, <c>\edef</c> and <c>\xdef</c> (whose body is expanded where the
    /// definition stands): parameters numbered in order, each ended by the tokens after it if there are any
    /// (<c>\def\p(#1,#2){…}</c>).
    /// </summary>
    private MathRow? ParseDef(TexToken token)
    {
        var global = TakeGlobal() || token.Text is "gdef" or "xdef";
        var name = NextMath();
        if (name.Kind != TexTokenKind.Command)
        {
            return Fail(token, $"{Describe(token)} needs a command name, as in {Describe(token)}\\name{{body}}");
        }

        var prefix = new List<TexToken>();
        var delimiters = new List<List<TexToken>>();
        while (error is null && PeekMath().Kind != TexTokenKind.BeginGroup)
        {
            var next = NextMath();
            if (next.Kind is TexTokenKind.End or TexTokenKind.EndGroup)
            {
                return Fail(token, $"{Describe(token)}{Describe(name)} is missing its body");
            }

            if (next is not { Kind: TexTokenKind.Character, Text: "#" })
            {
                (delimiters.Count == 0 ? prefix : delimiters[^1]).Add(next);
                continue;
            }

            var number = PeekMath();
            if (number.Kind != TexTokenKind.Character || number.Text[0] != (char)('1' + delimiters.Count))
            {
                return Fail(next, $"{Describe(token)}{Describe(name)}: the parameters are #1, #2 … in order, up to #9");
            }

            position++;
            delimiters.Add([]);
        }

        var body = ReadRawArgument(token);
        if (body is null)
        {
            return null;
        }

        if (token.Text is "edef" or "xdef")
        {
            body = ExpandedBody(body);
            if (body is null)
            {
                return null;
            }
        }

        var parameters = prefix.Count > 0 || delimiters.Any(d => d.Count > 0) ? new TexParameterText(prefix, delimiters) : null;
        return Define(token, name, delimiters.Count, body, global, optional: null, parameters);
    }

    /// <summary><c>\let\a\b</c> or <c>\let\a=\b</c>: \a means what \b means now.</summary>
    private MathRow? ParseLet(TexToken token)
    {
        var global = TakeGlobal();
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
            Set(name.Text, meaning, global);
            return null;
        }

        return Define(token, name, 0, [target], global, optional: null, parameters: null);
    }

    /// <summary><c>\global</c>: makes the definition that follows global.</summary>
    private MathRow? ParseGlobal(TexToken token)
    {
        if (PeekMath() is not { Kind: TexTokenKind.Command, Text: "def" or "gdef" or "edef" or "xdef" or "let" or "newcommand" or "renewcommand" or "providecommand" })
        {
            return Fail(token, "\\global must be followed by a definition such as \\def");
        }

        globalNext = true;
        return null;
    }

    private bool TakeGlobal()
    {
        var global = globalNext;
        globalNext = false;
        return global;
    }

    /// <summary>The body of <c>\edef</c> with every macro in it expanded now, by the formula's definitions as they stand.</summary>
    private List<TexToken>? ExpandedBody(List<TexToken> body)
    {
        var expander = new TexParser([.. body, new TexToken(TexTokenKind.End, "", body.Count > 0 ? body[^1].Position : 0)], display)
        {
            definitions = definitions,
            expansions = expansions,
        };
        // Expanding a macro puts its body where it stood, to be read next; what is not a macro is the result.
        var expanded = new List<TexToken>(body.Count);
        while (expander.error is null && expander.tokens[expander.position] is { Kind: not TexTokenKind.End } next)
        {
            expander.position++;
            if (next.Kind == TexTokenKind.Command && expander.TryGetMacro(next.Text, out var macro))
            {
                expander.Expand(next, macro);
            }
            else
            {
                expanded.Add(next);
            }
        }

        expansions = expander.expansions;
        if (expander.error is not null)
        {
            error ??= expander.error;
            return null;
        }

        return expanded;
    }

    /// <summary>The tokens up to the <c>]</c> that closes <paramref name="open"/> (braces may hold a <c>]</c>); null after failing.</summary>
    private List<TexToken>? ReadBracketed(TexToken open)
    {
        var start = position;
        var level = 0;
        while (tokens[position] is { Kind: not TexTokenKind.End } token)
        {
            position++;
            if (token.Kind == TexTokenKind.BeginGroup)
            {
                level++;
            }
            else if (token.Kind == TexTokenKind.EndGroup)
            {
                level--;
            }
            else if (level == 0 && token is { Kind: TexTokenKind.Character, Text: "]" })
            {
                return tokens.GetRange(start, position - 1 - start);
            }
        }

        Fail(open, "the [ of an optional argument is never closed");
        return null;
    }

    private MathRow? Define(TexToken token, TexToken name, int arguments, List<TexToken> body, bool global, List<TexToken>? optional, TexParameterText? parameters)
    {
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i] is { Kind: TexTokenKind.Character, Text: "#" }
                && (i + 1 == body.Count || body[i + 1].Kind != TexTokenKind.Character || body[i + 1].Text[0] is var n && (n < '1' || n > '0' + arguments)))
            {
                return Fail(body[i], $"{Describe(token)}{Describe(name)}: # must be followed by an argument number from 1 to {arguments}");
            }
        }

        var macro = new TexMacro(arguments, name.Text, Tokens: [.. body, new TexToken(TexTokenKind.End, "", token.Position)])
        {
            OptionalDefault = optional,
            Parameters = parameters,
        };
        Set(name.Text, macro, global);
        return null;
    }

    /// <summary>Defines <paramref name="name"/>: locally (undone at the end of the group) or globally (outliving every group).</summary>
    private void Set(string name, TexMacro macro, bool global)
    {
        definitions ??= new(StringComparer.Ordinal);
        if (global)
        {
            // A global definition is not undone by any group's end, not even one a local definition of the name began in.
            saved?.RemoveAll(entry => entry.Name == name);
        }
        else if (groupLevel > 0)
        {
            (saved ??= []).Add((name, definitions.GetValueOrDefault(name)));
        }

        definitions[name] = macro;
    }

    /// <summary>The arguments of a macro use: braced groups or single tokens, an optional first one in brackets, or delimited ones.</summary>
    private List<List<TexToken>>? ReadMacroArguments(TexToken token, TexMacro macro)
    {
        if (macro.Parameters is { } parameters)
        {
            return ReadDelimitedArguments(token, parameters);
        }

        var arguments = new List<List<TexToken>>(macro.Arguments);
        if (macro.OptionalDefault is { } fallback)
        {
            if (PeekMath() is { Kind: TexTokenKind.Character, Text: "[" } open)
            {
                position++;
                var given = ReadBracketed(open);
                if (given is null)
                {
                    return null;
                }

                arguments.Add(given);
            }
            else
            {
                arguments.Add([.. fallback]);
            }
        }

        while (arguments.Count < macro.Arguments)
        {
            var argument = ReadRawArgument(token);
            if (argument is null)
            {
                return null;
            }

            arguments.Add(macro.Bar is null ? argument : ReplaceBars(argument, macro.Bar, macro.EveryBar, token.Position));
        }

        return arguments;
    }

    /// <summary>The arguments of a macro with delimited parameters: each runs to its delimiter at brace level 0.</summary>
    private List<List<TexToken>>? ReadDelimitedArguments(TexToken token, TexParameterText parameters)
    {
        foreach (var expected in parameters.Prefix)
        {
            if (!SameToken(NextMath(), expected))
            {
                Fail(token, $"the use of {Describe(token)} does not match its definition: {Describe(expected)} must follow it");
                return null;
            }
        }

        var arguments = new List<List<TexToken>>(parameters.Delimiters.Count);
        for (var i = 0; i < parameters.Delimiters.Count; i++)
        {
            var delimiter = parameters.Delimiters[i];
            if (delimiter.Count == 0)
            {
                var undelimited = ReadRawArgument(token);
                if (undelimited is null)
                {
                    return null;
                }

                arguments.Add(undelimited);
                continue;
            }

            var start = position;
            var level = 0;
            while (true)
            {
                var next = tokens[position];
                if (next.Kind == TexTokenKind.End || (level == 0 && next.Kind == TexTokenKind.EndGroup))
                {
                    Fail(token, $"argument #{i + 1} of {Describe(token)} is not ended by {string.Concat(delimiter.Select(Describe))}");
                    return null;
                }

                if (level == 0 && MatchAt(position, delimiter) is { } after)
                {
                    arguments.Add(Unbraced(tokens.GetRange(start, position - start)));
                    position = after;
                    break;
                }

                level += next.Kind == TexTokenKind.BeginGroup ? 1 : next.Kind == TexTokenKind.EndGroup ? -1 : 0;
                position++;
            }
        }

        return arguments;
    }

    /// <summary>Where the tokens after <paramref name="delimiter"/> start if it stands at <paramref name="at"/> (spaces between its tokens allowed), else null.</summary>
    private int? MatchAt(int at, IReadOnlyList<TexToken> delimiter)
    {
        foreach (var expected in delimiter)
        {
            while (tokens[at].Kind == TexTokenKind.Space)
            {
                at++;
            }

            if (!SameToken(tokens[at], expected))
            {
                return null;
            }

            at++;
        }

        return at;
    }

    /// <summary>A delimited argument without the spaces around it, and without its braces if it is one braced group.</summary>
    private static List<TexToken> Unbraced(List<TexToken> argument)
    {
        var from = 0;
        var to = argument.Count;
        while (from < to && argument[from].Kind == TexTokenKind.Space)
        {
            from++;
        }

        while (to > from && argument[to - 1].Kind == TexTokenKind.Space)
        {
            to--;
        }

        if (to - from >= 2 && argument[from].Kind == TexTokenKind.BeginGroup && argument[to - 1].Kind == TexTokenKind.EndGroup)
        {
            var level = 0;
            var closesAtEnd = true;
            for (var i = from; i < to - 1; i++)
            {
                level += argument[i].Kind == TexTokenKind.BeginGroup ? 1 : argument[i].Kind == TexTokenKind.EndGroup ? -1 : 0;
                if (level == 0)
                {
                    closesAtEnd = false;
                    break;
                }
            }

            if (closesAtEnd)
            {
                return argument.GetRange(from + 1, to - from - 2);
            }
        }

        return argument.GetRange(from, to - from);
    }

    private static bool SameToken(TexToken a, TexToken b) => a.Kind == b.Kind && string.Equals(a.Text, b.Text, StringComparison.Ordinal);
}
