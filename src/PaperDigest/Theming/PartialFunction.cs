using System.Text;
using PaperDigest.Theming.Compiling;
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
        var caller = callerContext ?? throw new ScriptRuntimeException(context.CurrentSpan, "'partial' is called only from a template");
        var output = new StringBuilder();
        PartialRenderer.Render((PageRenderContext)context, caller, arguments.Count > 0 ? arguments[0] as string : null,
            arguments.Count > 1 ? arguments[1] : null, arguments.Count > 2 ? arguments[2] : null, output, depth: 1);

        // A call standing alone ({{ partial "card" paper }}) writes into the page; one inside an expression (a pipe,
        // an assignment) returns its output as trusted HTML.
        if (caller.Parent is ScriptExpressionStatement)
        {
            context.Write(output.ToString());
            return null;
        }

        return new TrustedHtml(output.ToString());
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
