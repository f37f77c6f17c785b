using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace PaperDigest.Tests.Rendering;

/// <summary>
/// An inline parser that never matches but, each time Markdig tries it (once for every piece of text it is about to
/// add), counts the open containers Markdig walks down through to find where that piece goes: the work that grows
/// with a block's length times its open emphasis and link markers.
/// </summary>
internal sealed class ContainerDepthMeter : InlineParser
{
    public long Steps { get; private set; }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var container = processor.Block?.Inline;
        while (container?.LastChild is ContainerInline { IsClosed: false } next)
        {
            Steps++;
            container = next;
        }

        Steps++;
        return false;
    }
}
