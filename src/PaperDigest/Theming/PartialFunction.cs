using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperDigest.Theming;

/// <summary>
/// <c>{{ partial "card" paper }}</c>, <c>{{ partial "card" paper {show_date: true} }}</c>: renders
/// <c>partials/card.sbn-html</c> with <c>paper</c>'s members as its variables, <c>paper</c> itself as <c>model</c>
/// and the options object as <c>options</c>, and returns the result as <see cref="TrustedHtml"/>, so the caller writes it as it is.
/// Only the theme's own partials can be named.
/// </summary>
internal sealed class PartialFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 2;

    public int ParameterCount => 3;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => index switch
    {
        0 => new ScriptParameterInfo(typeof(string), "name"),
        1 => new ScriptParameterInfo(typeof(object), "model"),
        _ => new ScriptParameterInfo(typeof(ScriptObject), "options"),
    };

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var page = (PageRenderContext)context;
        var name = arguments.Count > 0 ? arguments[0] as string : null;
        if (name is null || !page.Runtime.Partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(span, $"the theme has no partial '{name}' (partials/{name}{ThemeContract.Extension})");
        }

        var model = arguments.Count > 1 ? arguments[1] : null;
        if (model is null)
        {
            throw new ScriptRuntimeException(span, $"partial '{name}' was given no model (the second argument is null)");
        }

        var options = arguments.Count > 2 && arguments[2] is ScriptObject given ? new PartialOptions(given) : PartialOptions.None;
        // A call standing alone ({{ partial "card" paper }}) writes straight into the page; one inside an expression
        // (a pipe, an assignment) returns its output as trusted HTML.
        var direct = callerContext?.Parent is ScriptExpressionStatement;
        context.EnterRecursive(callerContext ?? partial.Template.Page!);
        if (!direct)
        {
            context.PushOutput();
        }

        context.PushGlobal(new ViewScope(model, options));
        try
        {
            partial.Template.Page!.Evaluate(context);
            return direct ? null : new TrustedHtml(context.Output.ToString()!);
        }
        finally
        {
            context.PopGlobal();
            if (!direct)
            {
                context.PopOutput();
            }

            context.ExitRecursive(callerContext ?? partial.Template.Page!);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
