namespace PaperDigest.Theming.Publishing;

/// <summary>
/// The classes PaperDigest's own code writes into pages, outside the theme's files: the purger keeps the rules that
/// use them although no template names them. This is the one place such lists are registered; a renderer that
/// writes a new class adds it here (a test compares these lists with the class attributes written in the source).
/// </summary>
internal static class RendererClasses
{
    /// <summary>What the Markdown renderer writes in a write-up: Markdig's footnotes and task lists, our footnote links.</summary>
    public static IReadOnlyList<string> Markdown { get; } =
        ["footnotes", "footnote-ref", "footnote-back-ref", "contains-task-list", "task-list-item", "task-list-item-checkbox"];

    /// <summary>Every registered list.</summary>
    /// <remarks>The math renderer keeps its own list (<see cref="Rendering.Math.MathClasses"/>).</remarks>
    public static IReadOnlyList<IReadOnlyList<string>> All { get; } = [Markdown, Rendering.Math.MathClasses.All];
}
