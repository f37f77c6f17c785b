using System.Collections;
using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperDigest.Theming.Compiling;

/// <summary>
/// Turns a parsed and checked template into delegates, so a page is rendered without Scriban walking its syntax tree
/// node by node. It covers what themes write most: text, values, <c>if</c>/<c>else</c>, <c>for</c> loops and their
/// <c>for.*</c> members, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c> and other operators, pipes, calls of the theme's functions
/// and partials. A template using anything else (assignments, <c>while</c>, <c>capture</c>, <c>with</c>, loop options, …)
/// is left to the interpreter whole; both give the same output, which <c>CompiledThemeTests</c> checks page by page.
/// </summary>
internal sealed class TemplateCompiler
{
    private readonly ThemeRuntime runtime;
    private readonly List<(string Name, int Slot)> loopVariables = [];
    private int slots;

    private TemplateCompiler(ThemeRuntime runtime) => this.runtime = runtime;

    /// <summary>The compiled template, or the construct that leaves it to the interpreter.</summary>
    public static (CompiledTemplate? Compiled, string? Construct) Compile(ParsedTemplate template, ThemeRuntime runtime)
    {
        var compiler = new TemplateCompiler(runtime);
        try
        {
            var body = compiler.Statement(template.Template.Page);
            return (new CompiledTemplate(body, compiler.slots), null);
        }
        catch (NotCompiled left)
        {
            return (null, left.Construct);
        }
    }

    private Action<RenderFrame> Statement(ScriptNode? node)
    {
        switch (node)
        {
            case null:
                return static _ => { };
            case ScriptPage page:
                return Statement(page.Body);
            case ScriptBlockStatement block:
                return Block(block);
            case ScriptRawStatement raw:
                var text = raw.Text.Length == 0 || string.IsNullOrEmpty(raw.Text.FullText) ? "" : raw.Text.ToString();
                return f => f.Output.Append(text);
            case ScriptExpressionStatement { Expression: ScriptFunctionCall call, CanOutput: true } when IsPartial(call):
                return PartialCall(call);
            case ScriptExpressionStatement { Expression: { } expression, CanOutput: true }:
                var value = Value(expression);
                return f => Write(f, value(f));
            case ScriptIfStatement branch:
                return If(branch);
            case ScriptElseStatement otherwise:
                return Statement(otherwise.Body);
            case ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement):
                return For(loop);
            default:
                throw new NotCompiled(node.GetType().Name);
        }
    }

    private Action<RenderFrame> Block(ScriptBlockStatement block)
    {
        var parts = block.Statements.Where(s => !s.CanSkipEvaluation).Select(Statement).ToArray();
        return parts.Length switch
        {
            0 => static _ => { },
            1 => parts[0],
            _ => f =>
            {
                foreach (var part in parts)
                {
                    part(f);
                }
            },
        };
    }

    private Action<RenderFrame> If(ScriptIfStatement branch)
    {
        var condition = Condition(branch.Condition ?? throw new NotCompiled("if without a condition"));
        var then = Statement(branch.Then);
        var otherwise = Statement(branch.Else);
        return f =>
        {
            if (condition(f))
            {
                then(f);
            }
            else
            {
                otherwise(f);
            }
        };
    }

    private Action<RenderFrame> For(ScriptForStatement loop)
    {
        if (loop.NamedArguments.Count > 0 || loop.Variable is not ScriptVariableGlobal variable || loop.Iterator is null)
        {
            throw new NotCompiled("for with options");
        }

        var items = Value(loop.Iterator);
        var iteratorSpan = loop.Iterator.Span;
        var loopSpan = loop.Span;
        var itemSlot = slots++;
        var stateSlot = slots++;
        loopVariables.Add((variable.Name, itemSlot));
        loopVariables.Add(("for", stateSlot));
        var body = Statement(loop.Body);
        loopVariables.RemoveRange(loopVariables.Count - 2, 2);
        var otherwise = Statement(loop.Else);
        return f =>
        {
            var value = items(f);
            if (value is null)
            {
                return;
            }

            var list = value as IList ?? (value as IEnumerable)?.Cast<object?>().ToList()
                ?? throw new ScriptRuntimeException(iteratorSpan, $"Unexpected type `{value.GetType()}` for iterator");
            if (list.Count == 0)
            {
                otherwise(f);
                return;
            }

            if (list.Count > PageRenderContext.MaxLoopIterations)
            {
                throw new ScriptRuntimeException(loopSpan, $"Exceeding number of iteration limit `{PageRenderContext.MaxLoopIterations}` for loop statement.");
            }

            var state = new LoopState(list);
            f.Slots[stateSlot] = state;
            for (var i = 0; i < list.Count; i++)
            {
                state.Index = i;
                f.Slots[itemSlot] = list[i];
                body(f);
            }
        };
    }

    private Func<RenderFrame, bool> Condition(ScriptExpression expression)
    {
        var value = Value(expression);
        var span = expression.Span;
        return f => f.Context.ToBool(span, value(f));
    }

    private Func<RenderFrame, object?> Value(ScriptExpression? expression)
    {
        switch (expression)
        {
            case ScriptLiteral literal:
                var constant = literal.Value;
                return _ => constant;
            case ScriptNestedExpression nested:
                return Value(nested.Expression);
            case ScriptVariableGlobal variable:
                return Variable(variable);
            case ScriptMemberExpression member:
                return Member(member);
            case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: { } operand }:
                var test = Condition(operand);
                return f => test(f) ? BoxedFalse : BoxedTrue;
            case ScriptUnaryExpression { Right: { } operand } unary:
                var right = Value(operand);
                var (op, span) = (unary.Operator, unary.Right.Span);
                return f => ScriptUnaryExpression.Evaluate(f.Context, span, op, right(f));
            case ScriptBinaryExpression binary:
                return Binary(binary);
            case ScriptFunctionCall call when IsPartial(call):
                return PartialValue(call);
            case ScriptFunctionCall call:
                return Call(call);
            case ScriptPipeCall pipe:
                return Pipe(pipe);
            case ScriptObjectInitializerExpression initializer:
                return Options(initializer);
            default:
                throw new NotCompiled(expression?.GetType().Name ?? "an empty expression");
        }
    }

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    private Func<RenderFrame, object?> Variable(ScriptVariableGlobal variable)
    {
        var name = variable.Name;
        for (var i = loopVariables.Count - 1; i >= 0; i--)
        {
            if (loopVariables[i].Name == name)
            {
                var slot = loopVariables[i].Slot;
                return name == "for" ? throw new NotCompiled("the loop object as a value") : f => f.Slots[slot];
            }
        }

        if (runtime.Functions.ContainsKey(name) || ThemeRuntime.BuiltInModules.Contains(name) || name is "tablerow" or "while")
        {
            throw new NotCompiled($"'{name}' as a value");
        }

        // The view's members first, then the view itself and a partial's options, as ViewScope answers them.
        var site = new MemberSite(name, variable.Span);
        return f =>
        {
            if (site.TryReadView(f.Model, out var value))
            {
                return value;
            }

            return name switch
            {
                "model" => f.Model,
                "options" when f.Options is not null => f.Options,
                _ => throw new ScriptRuntimeException(variable.Span, $"The variable or function `{name}` was not found"),
            };
        };
    }

    private Func<RenderFrame, object?> Member(ScriptMemberExpression member)
    {
        if (member.Member is not { } name || member.Target is null || member.DotToken.TokenType != Scriban.Parsing.TokenType.Dot)
        {
            throw new NotCompiled("member access");
        }

        if (member.Target is ScriptVariableGlobal { Name: "for" } && loopVariables.FindLastIndex(v => v.Name == "for") is var index and >= 0)
        {
            if (!LoopState.Has(name.Name))
            {
                throw new NotCompiled($"for.{name.Name}");
            }

            var slot = loopVariables[index].Slot;
            var loopMember = name.Name;
            return f => ((LoopState)f.Slots[slot]!).Read(loopMember);
        }

        var target = Value(member.Target);
        var site = new MemberSite(name.Name, name.Span);
        var targetText = member.Target.ToString();
        return f => site.Read(f.Context, target(f), targetText);
    }

    private Func<RenderFrame, object?> Binary(ScriptBinaryExpression binary)
    {
        if (binary.Left is null || binary.Right is null)
        {
            throw new NotCompiled("binary expression");
        }

        switch (binary.Operator)
        {
            case ScriptBinaryOperator.And:
            {
                var (left, right) = (Condition(binary.Left), Condition(binary.Right));
                return f => left(f) && right(f) ? BoxedTrue : BoxedFalse;
            }

            case ScriptBinaryOperator.Or:
            {
                var (left, right) = (Condition(binary.Left), Condition(binary.Right));
                return f => left(f) || right(f) ? BoxedTrue : BoxedFalse;
            }

            default:
            {
                var (left, right) = (Value(binary.Left), Value(binary.Right));
                var op = binary.Operator;
                var (span, leftSpan, rightSpan) = (binary.OperatorToken?.Span ?? binary.Span, binary.Left.Span, binary.Right.Span);
                return f => ScriptBinaryExpression.Evaluate(f.Context, span, op, leftSpan, left(f), rightSpan, right(f));
            }
        }
    }

    /// <summary>A call of one of the theme's functions or a built-in module's, its arguments converted as Scriban converts them.</summary>
    private Func<RenderFrame, object?> Call(ScriptFunctionCall call) => Call(call, call.Target, call.Arguments, piped: null);

    /// <summary><c>value | string.upcase</c>, <c>value | string.truncate 20</c>: the piped value is the first argument.</summary>
    private Func<RenderFrame, object?> Pipe(ScriptPipeCall pipe)
    {
        var piped = Value(pipe.From);
        return pipe.To switch
        {
            ScriptFunctionCall call when !IsPartial(call) => Call(call, call.Target, call.Arguments, piped),
            ScriptVariableGlobal or ScriptMemberExpression => Call(pipe.To, pipe.To, [], piped),
            _ => throw new NotCompiled("a pipe into something other than a function"),
        };
    }

    private Func<RenderFrame, object?> Call(ScriptNode caller, ScriptExpression? target, IReadOnlyList<ScriptExpression> given, Func<RenderFrame, object?>? piped)
    {
        var function = target switch
        {
            ScriptVariableGlobal { Name: var name } when !IsLoopVariable(name) && runtime.Functions[name] is IScriptCustomFunction own && own is not PartialFunction => own,
            ScriptMemberExpression { Target: ScriptVariableGlobal { Name: var module }, Member.Name: var name }
                when !IsLoopVariable(module) && ThemeRuntime.BuiltInModules.Contains(module) && runtime.BuiltIns[module] is ScriptObject functions
                && functions[name] is IScriptCustomFunction builtIn => builtIn,
            _ => throw new NotCompiled("a call of something other than a function"),
        };

        if (given.Any(a => a is ScriptNamedArgument))
        {
            throw new NotCompiled("named arguments");
        }

        Func<RenderFrame, object?>[] arguments = piped is null ? [.. given.Select(Value)] : [piped, .. given.Select(Value)];
        if (runtime.PlainCall(function) is { } plain)
        {
            return f =>
            {
                var given = new object?[arguments.Length];
                for (var i = 0; i < given.Length; i++)
                {
                    given[i] = arguments[i](f);
                }

                var result = plain(given);
                return result != ThemeRuntime.NotPlain ? result : ScriptFunctionCall.Call(f.Context, caller, function, [.. given]);
            };
        }

        return f =>
        {
            var values = new ScriptArray(arguments.Length);
            foreach (var argument in arguments)
            {
                values.Add(argument(f));
            }

            return ScriptFunctionCall.Call(f.Context, caller, function, values);
        };
    }

    /// <summary><c>{show_date: true}</c>: made once when every value is a literal, since options are read-only.</summary>
    private Func<RenderFrame, object?> Options(ScriptObjectInitializerExpression initializer)
    {
        var members = initializer.Members.Select(m => (Name: m.Name switch
        {
            ScriptVariable variable => variable.Name,
            ScriptLiteral { Value: { } literal } => literal.ToString()!,
            _ => throw new NotCompiled("an object key that is not a name"),
        }, Value: Value(m.Value))).ToList();
        if (initializer.Members.All(m => m.Value is ScriptLiteral))
        {
            var constant = new ScriptObject();
            foreach (var (member, (name, _)) in initializer.Members.Zip(members))
            {
                constant.SetValue(name, ((ScriptLiteral)member.Value!).Value, false);
            }

            var options = new PartialOptions(constant);
            return _ => options;
        }

        return f =>
        {
            var values = new ScriptObject();
            foreach (var (name, value) in members)
            {
                values.SetValue(name, value(f), false);
            }

            return values;
        };
    }

    private bool IsLoopVariable(string name) => loopVariables.Exists(v => v.Name == name);

    private bool IsPartial(ScriptFunctionCall call) =>
        call.Target is ScriptVariableGlobal { Name: "partial" } && !IsLoopVariable("partial") && runtime.Functions["partial"] is PartialFunction;

    /// <summary><c>{{ partial "card" paper }}</c> standing alone: the partial writes into the page.</summary>
    private Action<RenderFrame> PartialCall(ScriptFunctionCall call)
    {
        var (name, model, options) = PartialArguments(call);
        return f => PartialRenderer.Render(f.Context, call, name, model(f), options?.Invoke(f), f.Output, f.Depth + 1);
    }

    /// <summary>A partial inside an expression: its output as trusted HTML.</summary>
    private Func<RenderFrame, object?> PartialValue(ScriptFunctionCall call)
    {
        var (name, model, options) = PartialArguments(call);
        return f =>
        {
            var output = new StringBuilder();
            PartialRenderer.Render(f.Context, call, name, model(f), options?.Invoke(f), output, f.Depth + 1);
            return new TrustedHtml(output.ToString());
        };
    }

    private (string Name, Func<RenderFrame, object?> Model, Func<RenderFrame, object?>? Options) PartialArguments(ScriptFunctionCall call)
    {
        if (call.Arguments.Count is < 2 or > 3 || call.Arguments[0] is not ScriptLiteral { Value: string name } || call.Arguments.Any(a => a is ScriptNamedArgument))
        {
            throw new NotCompiled("a partial call the checker did not see");
        }

        return (name, Value(call.Arguments[1]), call.Arguments.Count == 3 ? Value(call.Arguments[2]) : null);
    }

    private static void Write(RenderFrame frame, object? value) => frame.Context.WriteShown(frame.Output, value);
}
