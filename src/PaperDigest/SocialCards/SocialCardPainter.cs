using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PaperDigest.SocialCards;

/// <summary>
/// Draws a 1200×630 social card as PNG (<see cref="PngFile"/>): the site's name, the title in large type (wrapped, made smaller until it fits
/// four lines), a line under it and the site's host, shaped with HarfBuzz in the theme's font. A text with a character
/// the font has no glyph for is left off the card rather than drawn as boxes. The same text and font give the same bytes.
/// </summary>
internal static class SocialCardPainter
{
    public const int Width = 1200, Height = 630;

    /// <summary>Changes when the drawing changes, so cards drawn before get new names.</summary>
    public const string Version = "card-4";

    private const float Margin = 80;
    private const int MaxTitleLines = 4;

    /// <summary>The lowest baseline of the title and subtitle, above the footer's rule.</summary>
    private const float LastBaseline = 480;

    private const float LineSpacing = 1.18f;

    private static readonly SKColor Background = new(0x10, 0x26, 0x3D);
    private static readonly SKColor Accent = new(0x4D, 0xA3, 0xE6);
    private static readonly SKColor Muted = new(0x9C, 0xC7, 0xEE);
    private static readonly SKColor TitleColour = new(0xFF, 0xFF, 0xFF);
    private static readonly SKColor SubtitleColour = new(0xD2, 0xDE, 0xEA);

    public static byte[] Paint(SocialCardText text, SocialCardFont font)
    {
        var typeface = font.Typeface;
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var accent = new SKPaint { Color = Accent, IsAntialias = true };
        canvas.DrawRect(0, 0, 16, Height, accent);
        canvas.DrawRect(Margin, Height - 112, 96, 6, accent);

        var shaper = font.Shaper;
        var textWidth = Width - (2 * Margin);
        using var small = new SKFont(typeface, 30) { Subpixel = true, Edging = SKFontEdging.Antialias };
        if (CanSet(small, text.Site) && text.Site != text.Title)
        {
            DrawLine(canvas, shaper, Fit(shaper, small, Single(text.Site), textWidth), Margin, 120, small, Muted);
        }

        // The title's baselines start at 200 plus its size and end above the subtitle; the subtitle's end above the footer.
        var subtitle = text.Subtitle is { } under && CanSet(small, under) ? Single(under) : null;
        var baseline = 200f;
        if (CanSet(small, text.Title))
        {
            var (size, lines) = TitleLines(shaper, typeface, Single(text.Title), textWidth, subtitle is null ? LastBaseline : LastBaseline - 70);
            using var title = new SKFont(typeface, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            baseline += size;
            for (var i = 0; i < lines.Count; i++)
            {
                DrawLine(canvas, shaper, lines[i], Margin, baseline, title, TitleColour);
                baseline += i < lines.Count - 1 ? size * LineSpacing : 0;
            }
        }

        if (subtitle is not null)
        {
            using var sub = new SKFont(typeface, 34) { Subpixel = true, Edging = SKFontEdging.Antialias };
            baseline += 62;
            var room = 1 + (int)((LastBaseline - baseline) / 44);
            foreach (var line in Limited(shaper, sub, subtitle, textWidth, Math.Clamp(room, 1, 2)))
            {
                DrawLine(canvas, shaper, line, Margin, baseline, sub, SubtitleColour);
                baseline += 44;
            }
        }

        if (CanSet(small, text.Host))
        {
            DrawLine(canvas, shaper, Fit(shaper, small, text.Host, textWidth), Margin, Height - 60, small, Muted);
        }

        canvas.Flush();
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException("a raster image without pixels");
        return PngFile.FromRgba(pixels.GetPixelSpan(), Width, Height);
    }

    /// <summary>Whether the font has a glyph for every character of <paramref name="text"/>: otherwise it is left off the card.</summary>
    public static bool CanSet(SKFont font, string text) => text.Length > 0 && font.ContainsGlyphs(Single(text));

    /// <summary>
    /// The largest size from 68 down to 40 at which the title fits four lines whose last baseline is at most
    /// <paramref name="lastBaseline"/>, and its lines (at 40, as many as fit, the last cut short with … if need be).
    /// </summary>
    private static (float Size, List<string> Lines) TitleLines(SKShaper shaper, SKTypeface typeface, string title, float width, float lastBaseline)
    {
        float size;
        for (size = 68; size >= 40; size -= 4)
        {
            using var font = new SKFont(typeface, size);
            var lines = Wrap(shaper, font, title, width);
            if (lines.Count <= MaxTitleLines && 200 + size + ((lines.Count - 1) * size * LineSpacing) <= lastBaseline
                && lines.All(l => Measure(shaper, font, l) <= width))
            {
                return (size, lines);
            }
        }

        size = 40;
        using var smallest = new SKFont(typeface, size);
        var fitting = 1 + (int)((lastBaseline - 200 - size) / (size * LineSpacing));
        return (size, Limited(shaper, smallest, title, width, Math.Clamp(fitting, 1, MaxTitleLines)));
    }

    /// <summary>The text wrapped into at most <paramref name="max"/> lines, the last cut short with … if it does not fit.</summary>
    private static List<string> Limited(SKShaper shaper, SKFont font, string text, float width, int max)
    {
        var lines = Wrap(shaper, font, text, width);
        if (lines.Count > max)
        {
            lines = [.. lines.Take(max - 1), Fit(shaper, font, string.Join(' ', lines.Skip(max - 1)), width)];
        }

        return [.. lines.Select(l => Fit(shaper, font, l, width))];
    }

    /// <summary>Words laid into lines no wider than <paramref name="width"/>, greedily; a word wider than a line has one of its own.</summary>
    private static List<string> Wrap(SKShaper shaper, SKFont font, string text, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(shaper, font, longer) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = longer;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The text, cut at a word (or a character) and ended with … when it is wider than <paramref name="width"/>.</summary>
    private static string Fit(SKShaper shaper, SKFont font, string text, float width)
    {
        if (Measure(shaper, font, text) <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && Measure(shaper, font, cut + "…") > width)
        {
            var space = cut.LastIndexOf(' ');
            cut = space > 0 && Measure(shaper, font, cut[..space] + "…") <= width ? cut[..space] : cut[..^1];
            if (char.IsLowSurrogate(cut[^1]) || char.IsHighSurrogate(cut[^1]))
            {
                cut = cut[..^1];
            }
        }

        return cut.TrimEnd() + "…";
    }

    private static float Measure(SKShaper shaper, SKFont font, string text) => shaper.Shape(text, font).Width;

    private static void DrawLine(SKCanvas canvas, SKShaper shaper, string text, float x, float y, SKFont font, SKColor colour)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawShapedText(shaper, text, x, y, SKTextAlign.Left, font, paint);
    }

    /// <summary>The text on one line: runs of white space as one space.</summary>
    private static string Single(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
