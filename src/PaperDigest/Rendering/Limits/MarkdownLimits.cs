namespace PaperDigest.Rendering.Limits;

/// <summary>
/// The limits a write-up or page must keep for rendering to stay linear in its size; each is a constant, raised by
/// changing it here. Input files are capped at <see cref="Reading.SourceDecoder.MaxFileBytes"/>.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>
    /// Emphasis and link markers in one paragraph, heading or table (see <see cref="InlineMarkerCount"/>). Markdig keeps
    /// every marker open as a nested element until the block ends and walks down through all of them for each piece
    /// of text after, so a block's cost grows with its length times its markers: this limit is the constant of a
    /// linear cost (a 500 KiB block at the limit renders in about two seconds). 500 leaves room for a 100-row table
    /// with a link and two bold cells in every row. A block with more is shown as plain text, with a warning (PD0122).
    /// </summary>
    public const int MaxInlineMarkersPerBlock = 500;

    /// <summary>
    /// How deep lists, quotes, emphasis and unclosed brackets may stand inside one another: Markdig's own limit, which
    /// keeps parsing and rendering off the end of the stack. Deeper Markdown is an error (PD0018).
    /// </summary>
    public const int MaxNestingDepth = 128;
}
