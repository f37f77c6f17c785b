using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;
using PaperDigest.Diagnostics;

namespace PaperDigest.Rendering.Limits;

/// <summary>
/// An inline parser that parses nothing but watches Markdig at work on a block. Markdig keeps every emphasis and link
/// marker open, as a nested element, until the block ends, and walks down through all of them to place each piece of
/// text after; and each bare URL it meets makes it look back over the block so far. Tried first wherever a marker or a
/// bare URL may start (and, as a global parser, before any other text), the guard counts both; once a block has more
/// open markers or bare URLs than <see cref="MarkdownLimits.MaxInlineMarkersPerBlock"/>, the rest of the block is taken
/// as one piece of text, and the block is noted to be shown as plain text with a warning (PD0122). The depth is looked
/// at every <see cref="CheckEvery"/> calls (it grows by at most one a call), so the guard adds little to the walk it bounds.
/// Link destinations written one after another with no space between them are bounded by <see cref="MarkdownLimits.MaxLinksPerWord"/>
/// the same way, as Markdig reads each failed one to the end of the word.
/// </summary>
internal sealed class InlineDepthGuard : InlineParser
{
    private const int CheckEvery = 16;

    private static readonly string[] BareUrlStarts = ["http://", "https://", "ftp://", "mailto:", "tel:", "www."];

    private static readonly object Tripped = new();

    /// <summary>The guard whose per-block count both guards share (the global one), or null for that guard itself.</summary>
    private readonly InlineDepthGuard? shared;

    /// <param name="openingCharacters">The characters to watch, or null for the global guard.</param>
    /// <param name="shared">The global guard, whose count this one shares.</param>
    public InlineDepthGuard(char[]? openingCharacters, InlineDepthGuard? shared)
    {
        OpeningCharacters = openingCharacters;
        this.shared = shared;
    }

    /// <summary>The blocks of <paramref name="document"/> whose rest the guard took as text.</summary>
    public static IReadOnlyList<Markdig.Syntax.LeafBlock> TrippedIn(Markdig.Syntax.MarkdownDocument document) =>
        document.GetData(Tripped) as List<Markdig.Syntax.LeafBlock> ?? [];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var count = processor.GetParserState<BlockCount>(shared ?? this);
        if (slice.CurrentChar is 'h' or 'f' or 'm' or 't' or 'w' && StartsBareUrl(slice.AsSpan()))
        {
            count.BareUrls++;
        }
        else if (slice.CurrentChar == ']' && slice.PeekChar() == '(')
        {
            CountLinkDestination(count, slice);
        }

        var overLimit = count.BareUrls > MarkdownLimits.MaxInlineMarkersPerBlock || count.DestinationsInWord > MarkdownLimits.MaxLinksPerWord;
        if (++count.Calls % CheckEvery != 0 && !overLimit)
        {
            return false;
        }

        var open = 0;
        var container = processor.Block!.Inline;
        while (open <= MarkdownLimits.MaxInlineMarkersPerBlock && container?.LastChild is ContainerInline { IsClosed: false } next)
        {
            open++;
            container = next;
        }

        if (open <= MarkdownLimits.MaxInlineMarkersPerBlock && !overLimit)
        {
            return false;
        }

        var block = processor.Block;
        processor.Inline = new LiteralInline(new StringSlice(slice.Text, slice.Start, slice.End));
        slice.Start = slice.End + 1;
        if (processor.Document.GetData(Tripped) is not List<Markdig.Syntax.LeafBlock> tripped)
        {
            tripped = [];
            processor.Document.SetData(Tripped, tripped);
        }

        tripped.Add(block);
        var what = block is Markdig.Syntax.HeadingBlock ? "heading" : "paragraph or table";
        MarkdownWarning.Add(processor.Document, new MarkdownWarning(block.Line, block.Column, DiagnosticCodes.InlineMarkerLimit,
            count.DestinationsInWord > MarkdownLimits.MaxLinksPerWord
                ? $"this {what} has more than {MarkdownLimits.MaxLinksPerWord} links one after another with no space between them " +
                  "(MarkdownLimits.MaxLinksPerWord), so it is shown as plain text; put spaces between the links"
                : $"this {what} has more {(open > MarkdownLimits.MaxInlineMarkersPerBlock ? "emphasis or link markers open at once (*, _, ~, ^, ++, ==, [)" : "bare URLs")} " +
                  $"than the limit of {MarkdownLimits.MaxInlineMarkersPerBlock:N0} for one block (MarkdownLimits.MaxInlineMarkersPerBlock), so it is shown as plain text; split it with blank lines"));
        return true;
    }

    /// <summary>
    /// Counts a link destination about to be read at <c>](</c>. Markdig reads a destination up to the next space when
    /// it has no closing parenthesis, so destinations one after another with no space between them are each read to
    /// the end of the same word. Whether a space came since the last one is looked up in the text between the two,
    /// which no later look covers again.
    /// </summary>
    private static void CountLinkDestination(BlockCount count, StringSlice slice)
    {
        var text = slice.Text;
        var spaced = !ReferenceEquals(text, count.Text) || count.LastDestination < 0 || count.LastDestination > slice.Start;
        for (var i = count.LastDestination + 1; !spaced && i < slice.Start; i++)
        {
            spaced = char.IsWhiteSpace(text[i]);
        }

        count.Text = text;
        count.LastDestination = slice.Start;
        count.DestinationsInWord = spaced ? 1 : count.DestinationsInWord + 1;
    }

    private static bool StartsBareUrl(ReadOnlySpan<char> text)
    {
        foreach (var start in BareUrlStarts)
        {
            if (text.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the guards have seen of the block Markdig is parsing (Markdig gives a new one for every block).</summary>
    private sealed class BlockCount
    {
        public int Calls { get; set; }

        public int BareUrls { get; set; }

        /// <summary>Link destinations read one after another with no space between them.</summary>
        public int DestinationsInWord { get; set; }

        public string? Text { get; set; }

        public int LastDestination { get; set; } = -1;
    }
}
