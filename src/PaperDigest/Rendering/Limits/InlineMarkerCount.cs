using Markdig.Helpers;

namespace PaperDigest.Rendering.Limits;

/// <summary>
/// Counts, in a block's text before inline parsing, what Markdig may keep open until the block ends: each run of
/// <c>*</c>, <c>_</c>, <c>~</c> or <c>^</c>, each run of two or more <c>+</c> or <c>=</c>, each <c>[</c>, and each bare
/// URL (<c>http://</c>, <c>https://</c>, <c>ftp://</c>, <c>mailto:</c>, <c>tel:</c>, <c>www.</c>), whose parser looks back
/// over the block so far. Markers in code spans and math count too: the count is an upper bound, taken in one pass.
/// </summary>
public static class InlineMarkerCount
{
    private static readonly string[] BareUrlStarts = ["http://", "https://", "ftp://", "mailto:", "tel:", "www."];

    public static int Of(StringLineGroup lines)
    {
        var count = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            count += Of(slice.Text.AsSpan(slice.Start, slice.Length));
        }

        return count;
    }

    public static int Of(ReadOnlySpan<char> text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var run = 1;
            while (i + run < text.Length && text[i + run] == c && c is '*' or '_' or '~' or '^' or '+' or '=')
            {
                run++;
            }

            if (c is '*' or '_' or '~' or '^' or '[' || (c is '+' or '=' && run >= 2) || (c is 'h' or 'f' or 'm' or 't' or 'w' && StartsBareUrl(text[i..])))
            {
                count++;
            }

            i += run;
        }

        return count;
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
}
