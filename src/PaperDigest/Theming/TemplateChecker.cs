using System.Collections;
using System.Reflection;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperDigest.Theming;

/// <summary>
/// Checks every parsed template against the view it receives, without rendering it: every variable, member and
/// function it names, in every branch (rendering only sees the branches a page takes), and the number of
/// arguments of every call. A partial is checked with the view each <c>partial</c> call passes it. Problems are
/// diagnostics with the template's path, line and column and, where a name is close, a "did you mean".
/// </summary>
internal sealed class TemplateChecker(ThemeRuntime runtime, DiagnosticBag diagnostics)
{
    private readonly HashSet<(string Partial, Type? Model)> checkedPartials = [];
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);
    private List<Scope> scopes = [];

    /// <summary>Checks a template whose variables are the members of <paramref name="view"/>.</summary>
    public void Check(ParsedTemplate template, Type view)
    {
        var members = Members(TemplateShape.Of(view));
        members.Names["model"] = TemplateShape.Of(view);
        Within([Globals(), members], () => Statement(template.Template.Page));
    }

    /// <summary>Checks a partial no checked template calls, with the view the contract gives it (or none).</summary>
    public void CheckUncalled(string name, ParsedTemplate partial, Type? view)
    {
        if (!checkedPartials.Any(p => p.Partial == name))
        {
            CheckPartial(name, partial, TemplateShape.Of(view));
        }
    }

    private void Within(List<Scope> with, Action check)
    {
        var saved = scopes;
        scopes = with;
        try
        {
            check();
        }
        finally
        {
            scopes = saved;
        }
    }

    private Scope Globals()
    {
        var globals = new Scope(false);
        foreach (var name in ThemeRuntime.BuiltInModules)
        {
            globals.Names[name] = new TemplateShape.Module(name, (ScriptObject)runtime.BuiltIns[name]!);
        }

        foreach (var (name, value) in runtime.Functions)
        {
            if (value is IScriptCustomFunction function)
            {
                globals.Names[name] = new TemplateShape.Function(name, function);
            }
        }

        return globals;
    }

    /// <summary>A scope of a value's members; a value the check cannot follow gives an open scope, where any name goes.</summary>
    private static Scope Members(TemplateShape shape)
    {
        if (shape is not TemplateShape.Clr clr)
        {
            return new Scope(true);
        }

        var scope = new Scope(false);
        foreach (var (name, type) in Properties(clr.Type))
        {
            scope.Names[name] = TemplateShape.Of(type);
        }

        return scope;
    }

    private static IEnumerable<(string Name, Type Type)> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(ThemeRuntime.IsViewMember)
            .Select(p => (StandardMemberRenamer.Default(p), p.PropertyType));

    private void Statement(ScriptNode? node)
    {
        switch (node)
        {
            case null or ScriptRawStatement:
                return;
            case ScriptPage page:
                Statement(page.Body);
                return;
            case ScriptBlockStatement block:
                foreach (var statement in block.Statements)
                {
                    Statement(statement);
                }

                return;
            case ScriptExpressionStatement expression:
                Value(expression.Expression);
                return;
            case ScriptIfStatement branch:
                Value(branch.Condition);
                Statement(branch.Then);
                Statement(branch.Else);
                return;
            case ScriptElseStatement otherwise:
                Statement(otherwise.Body);
                return;
            case ScriptForStatement loop:
                var items = Value(loop.Iterator);
                foreach (var argument in loop.NamedArguments)
                {
                    Value(argument.Value);
                }

                var body = new Scope(false);
                body.Names["for"] = TemplateShape.Loop;
                body.Names["tablerow"] = TemplateShape.Loop;
                if (loop.Variable is ScriptVariable variable)
                {
                    body.Names[variable.Name] = Element(items);
                }

                scopes.Add(body);
                Statement(loop.Body);
                scopes.RemoveAt(scopes.Count - 1);
                Statement(loop.Else);
                return;
            case ScriptWhileStatement loop:
                Value(loop.Condition);
                var whileBody = new Scope(false);
                whileBody.Names["while"] = TemplateShape.Loop;
                scopes.Add(whileBody);
                Statement(loop.Body);
                scopes.RemoveAt(scopes.Count - 1);
                return;
            case ScriptWithStatement with:
                scopes.Add(Members(Value(with.Name)));
                Statement(with.Body);
                scopes.RemoveAt(scopes.Count - 1);
                return;
            case ScriptCaptureStatement capture:
                Statement(capture.Body);
                Declare(capture.Target, TemplateShape.Of(typeof(string)));
                return;
            case ScriptFunction or ScriptImportStatement or ScriptWrapStatement:
                Report(node, DiagnosticCodes.TemplateError,
                    $"'{FirstWord(node)}' is not available in theme templates: a template sees only its view, the theme's partials and functions");
                return;
            default:
                Children(node);
                return;
        }
    }

    /// <summary>Checks every child of a node the check has no rule for: expressions as values, the rest as statements.</summary>
    private void Children(ScriptNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is ScriptExpression expression)
            {
                Value(expression);
            }
            else
            {
                Statement(child);
            }
        }
    }

    /// <summary>The shape of an expression's value; a function written alone is called with no arguments.</summary>
    private TemplateShape Value(ScriptNode? node)
    {
        var shape = Reference(node);
        return shape is TemplateShape.Function function ? Call(function, node!, []) : shape;
    }

    /// <summary>The shape an expression names, before a function it names is called.</summary>
    private TemplateShape Reference(ScriptNode? node) => node is null ? TemplateShape.Unknown : Shape(node);

    private TemplateShape Shape(ScriptNode node)
    {
        switch (node)
        {
            case ScriptLiteral literal:
                return literal.Value is string ? TemplateShape.Of(typeof(string)) : TemplateShape.Unknown;
            case ScriptVariable variable:
                return Lookup(variable);
            case ScriptMemberExpression member:
                return Member(Value(member.Target), member.Member!.Name, member.Member);
            case ScriptFunctionCall call:
            {
                var target = Reference(call.Target);
                List<ScriptNode> arguments = [.. call.Arguments];
                var values = arguments.Select(a => a is ScriptNamedArgument named ? Value(named.Value) : Value(a)).ToList();
                return target switch
                {
                    TemplateShape.Function function => Call(function, call, arguments, values),
                    TemplateShape.UnknownShape or TemplateShape.OptionsShape => TemplateShape.Unknown,
                    _ => NotAFunction(call),
                };
            }

            case ScriptPipeCall pipe:
            {
                var piped = Value(pipe.From);
                if (pipe.To is ScriptFunctionCall call)
                {
                    List<ScriptNode> arguments = [.. call.Arguments];
                    var values = arguments.Select(a => a is ScriptNamedArgument named ? Value(named.Value) : Value(a)).ToList();
                    return Reference(call.Target) is TemplateShape.Function function
                        ? Call(function, call, [pipe.From!, .. arguments], [piped, .. values])
                        : TemplateShape.Unknown;
                }

                return pipe.To is not null && Reference(pipe.To) is TemplateShape.Function alone
                    ? Call(alone, pipe.To, [pipe.From!], [piped])
                    : Value(pipe.To);
            }

            case ScriptNestedExpression nested:
                return Value(nested.Expression);
            case ScriptAssignExpression assign:
                var value = Value(assign.Value);
                Declare(assign.Target, value);
                return TemplateShape.Unknown;
            case ScriptIndexerExpression indexer:
                var list = Value(indexer.Target);
                Value(indexer.Index);
                return Element(list);
            case ScriptObjectInitializerExpression initializer:
                foreach (var member in initializer.Members)
                {
                    Value(member.Value);
                }

                return TemplateShape.Unknown;
            case ScriptThisExpression:
                Report(node, DiagnosticCodes.TemplateError, "'this' is not available in theme templates; name the view's members");
                return TemplateShape.Unknown;
            default:
                Children(node);
                return TemplateShape.Unknown;
        }
    }

    private TemplateShape Lookup(ScriptVariable variable)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].Names.TryGetValue(variable.Name, out var shape))
            {
                return shape;
            }
        }

        if (!scopes.Any(s => s.Open))
        {
            var names = scopes.SelectMany(s => s.Names.Keys).Distinct().ToList();
            Report(variable, DiagnosticCodes.TemplateUnknownName,
                $"unknown variable or function '{variable.Name}'{Hint(variable.Name, names)}");
        }

        return TemplateShape.Unknown;
    }

    private TemplateShape Member(TemplateShape target, string name, ScriptNode at)
    {
        switch (target)
        {
            case TemplateShape.Module module:
                if (module.Functions.TryGetValue(name, out var value) && value is IScriptCustomFunction function)
                {
                    return new TemplateShape.Function($"{module.Name}.{name}", function);
                }

                Report(at, DiagnosticCodes.TemplateUnknownName,
                    $"'{module.Name}' has no function '{name}'{Hint(name, module.Functions.Keys.Where(k => module.Functions[k] is IScriptCustomFunction))}");
                return TemplateShape.Unknown;
            case TemplateShape.LoopShape:
                if (!TemplateShape.LoopMembers.Contains(name))
                {
                    Report(at, DiagnosticCodes.TemplateUnknownName, $"the loop has no member '{name}'{Hint(name, TemplateShape.LoopMembers)}");
                }

                return TemplateShape.Unknown;
            case TemplateShape.Clr clr when clr.Type == typeof(string) || IsList(clr.Type):
                if (name != "size")
                {
                    Report(at, DiagnosticCodes.TemplateUnknownName,
                        $"{Describe(clr.Type)} has no member '{name}' (only 'size'; use the string and array functions)");
                }

                return TemplateShape.Unknown;
            case TemplateShape.Clr clr:
                var properties = Properties(clr.Type).ToList();
                if (properties.FirstOrDefault(p => p.Name == name) is { Name: not null } property)
                {
                    return TemplateShape.Of(property.Type);
                }

                Report(at, DiagnosticCodes.TemplateUnknownName,
                    $"{Describe(clr.Type)} has no member '{name}'{Hint(name, properties.Select(p => p.Name))}");
                return TemplateShape.Unknown;
            default:
                return TemplateShape.Unknown;
        }
    }

    private TemplateShape Call(TemplateShape.Function function, ScriptNode at, List<ScriptNode> arguments, IReadOnlyList<TemplateShape>? values = null)
    {
        var info = function.Info;
        var count = arguments.Count;
        var most = info.VarParamKind == ScriptVarParamKind.None ? info.ParameterCount : int.MaxValue;
        if (count < info.RequiredParameterCount || count > most)
        {
            var expected = info.RequiredParameterCount == most ? $"{most}"
                : most == int.MaxValue ? $"at least {info.RequiredParameterCount}"
                : $"{info.RequiredParameterCount} to {most}";
            Report(at, DiagnosticCodes.TemplateUnknownName,
                $"'{function.Name}' takes {expected} argument{(expected == "1" ? "" : "s")}; it is given {count}");
        }
        else if (function.Info is PartialFunction)
        {
            CallPartial(at, arguments, values ?? []);
        }

        return TemplateShape.Of(info.ReturnType);
    }

    private void CallPartial(ScriptNode at, List<ScriptNode> arguments, IReadOnlyList<TemplateShape> values)
    {
        if (arguments[0] is not ScriptLiteral { Value: string name })
        {
            Report(at, DiagnosticCodes.TemplateError, "'partial' takes the partial's name as quoted text, so the theme can be checked");
            return;
        }

        if (!runtime.Partials.TryGetValue(name, out var partial))
        {
            Report(arguments[0], DiagnosticCodes.TemplateUnknownName,
                $"the theme has no partial '{name}' (partials/{name}{ThemeContract.Extension}){Hint(name, runtime.Partials.Keys)}");
            return;
        }

        CheckPartial(name, partial, values.Count > 1 ? values[1] : TemplateShape.Unknown);
    }

    private void CheckPartial(string name, ParsedTemplate partial, TemplateShape model)
    {
        if (!checkedPartials.Add((name, (model as TemplateShape.Clr)?.Type)))
        {
            return;
        }

        var members = Members(model);
        members.Names["options"] = TemplateShape.Options;
        members.Names["model"] = model;
        Within([Globals(), members], () => Statement(partial.Template.Page));
    }

    private TemplateShape NotAFunction(ScriptFunctionCall call)
    {
        Report(call, DiagnosticCodes.TemplateUnknownName, $"'{call.Target}' is not a function");
        return TemplateShape.Unknown;
    }

    private void Declare(ScriptExpression? target, TemplateShape shape)
    {
        if (target is ScriptVariable variable)
        {
            scopes[^1].Names[variable.Name] = shape;
        }
        else if (target is not null)
        {
            Value(target);
        }
    }

    private static TemplateShape Element(TemplateShape list)
    {
        if (list is not TemplateShape.Clr { Type: var type } || type == typeof(string))
        {
            return TemplateShape.Unknown;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is null ? TemplateShape.Unknown : TemplateShape.Of(enumerable.GetGenericArguments()[0]);
    }

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static string Describe(Type type) =>
        type == typeof(string) ? "text" : IsList(type) ? "a list" : type.Name;

    private static string Hint(string name, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var snake = StandardMemberRenamer.Rename(name);
        return snake != name && list.Contains(snake) ? $" (did you mean '{snake}'?)" : Suggestions.Hint(name, list);
    }

    private static string FirstWord(ScriptNode node) => node.ToString().Trim().Split(' ', 2)[0];

    private void Report(ScriptNode node, string code, string message)
    {
        var location = TemplateLocations.Of(node.Span, SourcePath.Given(node.Span.FileName));
        if (reported.Add($"{location}|{message}"))
        {
            diagnostics.Error(location, code, message);
        }
    }

    /// <summary>Names visible at one level: the globals, a view's members, a loop's variables; an open scope takes any name.</summary>
    private sealed record Scope(bool Open)
    {
        public Dictionary<string, TemplateShape> Names { get; } = new(StringComparer.Ordinal);
    }
}
