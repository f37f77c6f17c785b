using System.Collections;

namespace PaperDigest.Theming.Compiling;

/// <summary>What <c>for.index</c>, <c>for.first</c>, <c>for.last</c> and the other loop members read in a compiled loop.</summary>
internal sealed class LoopState(IList items)
{
    public int Index { get; set; }

    public int Length => items.Count;

    /// <summary>The loop members a compiled template may read; another (<c>for.changed</c>) leaves the template to Scriban.</summary>
    public static bool Has(string member) => member is "index" or "rindex" or "first" or "last" or "even" or "odd" or "length";

    /// <summary>A member's value, as Scriban's own loop object gives it.</summary>
    public object Read(string member) => member switch
    {
        "index" => Index,
        "rindex" => Length - Index - 1,
        "first" => Index == 0,
        "last" => Index == Length - 1,
        "even" => (Index & 1) == 0,
        "odd" => (Index & 1) != 0,
        _ => Length,
    };
}
