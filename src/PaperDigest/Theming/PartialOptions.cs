using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PaperDigest.Theming;

/// <summary>A partial's <c>options</c>: what its caller passed, where an option the caller left out reads as null.</summary>
internal sealed class PartialOptions : ScriptObject
{
    /// <summary>The options of a call that passes none.</summary>
    public static readonly PartialOptions None = new(null);

    public PartialOptions(ScriptObject? given)
    {
        if (given is not null)
        {
            foreach (var (name, value) in given)
            {
                SetValue(name, value, true);
            }
        }

        IsReadOnly = true;
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        base.TryGetValue(context, span, member, out value);
        return true;
    }
}
