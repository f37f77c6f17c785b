using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PaperDigest.Theming.Compiling;

/// <summary>
/// One place a template reads a member by name (<c>paper.title</c>, or <c>title</c> from the view). It remembers the
/// getter of the last view type it saw, so a read costs a type check and a delegate call; other values go through
/// Scriban's accessors, as the interpreter reads them. Safe across threads: the remembered pair is swapped whole.
/// </summary>
internal sealed class MemberSite(string name, SourceSpan span)
{
    /// <summary>The last type read and, when it is a view record, its getter for this member (null when it has none).</summary>
    private sealed record Seen(Type Type, bool IsView, Func<object, object?>? Getter);

    private Seen? seen;

    private Seen Of(Type type)
    {
        var last = seen;
        if (last is null || last.Type != type)
        {
            var isView = ViewGetters.IsView(type);
            last = new Seen(type, isView, isView && ViewGetters.For(type).TryGetValue(name, out var getter) ? getter : null);
            seen = last;
        }

        return last;
    }

    /// <summary>Reads the member from a view record, or says the view has no such member.</summary>
    public bool TryReadView(object view, out object? value)
    {
        if (Of(view.GetType()).Getter is { } read)
        {
            value = read(view);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary><c>target.name</c>, with the interpreter's errors for a null target or a missing member.</summary>
    public object? Read(PageRenderContext context, object? target, string targetText)
    {
        if (target is null)
        {
            throw new ScriptRuntimeException(span, $"Cannot get the member {targetText}.{name} for a null object.");
        }

        var type = Of(target.GetType());
        if (type.Getter is { } read)
        {
            return read(target);
        }

        if (type.IsView)
        {
            throw Missing();
        }

        return context.GetMemberAccessor(target).TryGetValue(context, span, target, name, out var other) ? other : throw Missing();
    }

    public ScriptRuntimeException Missing() => new(span, $"Cannot get member with name {name}.");
}
