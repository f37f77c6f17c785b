namespace PaperDigest.Rendering.Limits;

/// <summary>
/// The limits a write-up or page must keep for rendering to stay linear in its size; each is a constant, raised by
/// changing it here. Input files are capped at <see cref="Reading.SourceDecoder.MaxFileBytes"/>.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>
    /// Emphasis and link markers open at once, and bare URLs, in one paragraph, heading or table. Markdig keeps every
    /// marker (<c>*</c>, <c>_</c>, <c>~</c>, <c>^</c>, <c>++</c>, <c>==</c>, <c>[</c>) open as a nested element until the
    /// block ends and walks down through all of them to place each piece of text after, and looks back over the whole
    /// block for each bare URL, so a block's cost grows with its length times these: this limit is the constant of a
    /// linear cost. 500 leaves room for a 100-row table with two bold cells in every row (math and code do not count).
    /// A block with more is shown as plain text, with a warning (PD0122).
    /// </summary>
    public const int MaxInlineMarkersPerBlock = 500;

    /// <summary>
    /// Links (<c>](</c>) one after another with no space or line break between them. Markdig reads a link destination
    /// with no closing parenthesis to the end of its word, so each such link costs the length of the word after it.
    /// A block with more is shown as plain text, with a warning (PD0122).
    /// </summary>
    public const int MaxLinksPerWord = 32;

    /// <summary>
    /// How deep Markdig may nest what it parses and renders (quotes, lists, emphasis, unclosed brackets), its own
    /// default, which keeps its recursion off the end of the stack. The limits below keep write-ups inside it.
    /// </summary>
    public const int MaxNestingDepth = 128;

    /// <summary>
    /// How deep quotes and lists may stand inside one another. A deeper quote or list is shown as the plain text of
    /// everything in it, with a warning (PD0124).
    /// </summary>
    public const int MaxBlockDepth = 64;

    /// <summary>
    /// How deep a block and the emphasis, links and unclosed brackets in it may nest together (below
    /// <see cref="MaxNestingDepth"/>, which counts a few levels of its own). A deeper paragraph, heading or table cell is
    /// shown as plain text, with a warning (PD0124).
    /// </summary>
    public const int MaxInlineDepth = MaxNestingDepth - 8;
}
