using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PaperDigest.Theming;

/// <summary>
/// The variables of one render: the view's properties by their snake_case names (read through getters compiled once
/// per view type, not copied), the view itself as <c>model</c>, a partial's <c>options</c>, and whatever the template
/// assigns, which stays in this render.
/// </summary>
internal sealed class ViewScope(object view, PartialOptions? options = null) : IScriptObject
{
    private readonly IReadOnlyDictionary<string, Func<object, object?>> getters = ViewGetters.For(view.GetType());
    private Dictionary<string, object?>? assigned;

    public int Count => getters.Count + 1 + (options is null ? 0 : 1) + (assigned?.Count ?? 0);

    public bool IsReadOnly { get; set; }

    public IEnumerable<string> GetMembers() =>
        getters.Keys.Append("model").Concat(options is null ? [] : ["options"]).Concat(assigned?.Keys ?? Enumerable.Empty<string>());

    public bool Contains(string member) =>
        (assigned?.ContainsKey(member) ?? false) || getters.ContainsKey(member) || member == "model" || (member == "options" && options is not null);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (assigned is not null && assigned.TryGetValue(member, out value))
        {
            return true;
        }

        if (getters.TryGetValue(member, out var getter))
        {
            value = getter(view);
            return true;
        }

        (var found, value) = member switch
        {
            "model" => (true, view),
            "options" when options is not null => (true, (object?)options),
            _ => (false, null),
        };
        return found;
    }

    public bool CanWrite(string member) => !getters.ContainsKey(member) && member is not ("model" or "options");

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (!CanWrite(member))
        {
            return false;
        }

        (assigned ??= new Dictionary<string, object?>(StringComparer.Ordinal))[member] = value;
        return true;
    }

    public bool Remove(string member) => assigned?.Remove(member) ?? false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    public IScriptObject Clone(bool deep) => new ViewScope(view, options);
}
