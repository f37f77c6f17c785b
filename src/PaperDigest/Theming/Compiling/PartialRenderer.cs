using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperDigest.Theming.Compiling;

/// <summary>
/// Renders a partial for a <c>partial</c> call, compiled or interpreted, from a compiled template or from the
/// interpreter: the one place that finds the partial, checks its model and its depth, and gives it its variables.
/// </summary>
internal static class PartialRenderer
{
    public static void Render(PageRenderContext context, ScriptNode caller, string? name, object? model, object? options, StringBuilder output, int depth)
    {
        var span = caller.Span;
        if (name is null || !context.Runtime.Partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(span, $"the theme has no partial '{name}' (partials/{name}{ThemeContract.Extension})");
        }

        if (model is null)
        {
            throw new ScriptRuntimeException(span, $"partial '{name}' was given no model (the second argument is null)");
        }

        if (depth > PageRenderContext.MaxCallDepth)
        {
            throw new ScriptRuntimeException(span, $"partials call each other more than {PageRenderContext.MaxCallDepth} deep (a recursive partial never stops)");
        }

        var given = options switch
        {
            PartialOptions ready => ready,
            ScriptObject passed => new PartialOptions(passed),
            _ => PartialOptions.None,
        };
        if (context.Runtime.Compiled(partial) is { } compiled)
        {
            compiled.Render(context, output, model, given, depth);
            return;
        }

        context.PushOutput();
        context.PushGlobal(new ViewScope(model, given));
        context.EnterRecursive(caller);
        try
        {
            partial.Template.Page!.Evaluate(context);
            output.Append(context.Output.ToString());
        }
        finally
        {
            context.ExitRecursive(caller);
            context.PopGlobal();
            context.PopOutput();
        }
    }
}
