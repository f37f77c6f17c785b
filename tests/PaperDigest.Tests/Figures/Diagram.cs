using PaperDigest.SocialCards;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace PaperDigest.Tests.Figures;

/// <summary>
/// Draws simple box-and-arrow diagrams with SkiaSharp, in the theme's font: the sample digest's figures
/// (<see cref="SampleFigureDrawing"/>) and the valid images the figure tests start from.
/// </summary>
internal sealed class Diagram : IDisposable
{
    private static readonly Lazy<SKTypeface> Font = new(() =>
        SKTypeface.FromData(SKData.CreateCopy(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "theme", SocialCardFont.ThemePath.Replace('/', Path.DirectorySeparatorChar))))));

    private readonly SKSurface surface;
    private readonly SKShaper shaper = new(Font.Value);

    public Diagram(int width, int height, SKColor? background = null)
    {
        Width = width;
        Height = height;
        surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(background ?? SKColors.White);
    }

    public int Width { get; }

    public int Height { get; }

    public SKCanvas Canvas => surface.Canvas;

    /// <summary>A rounded box with one or more centred lines of text.</summary>
    public SKRect Box(float x, float y, float width, float height, SKColor fill, string text, float size = 22, SKColor? ink = null)
    {
        var rect = new SKRect(x, y, x + width, y + height);
        using var paint = new SKPaint { Color = fill, IsAntialias = true };
        Canvas.DrawRoundRect(rect, 14, 14, paint);
        using var border = new SKPaint { Color = fill.WithAlpha(255).Darker(), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        Canvas.DrawRoundRect(rect, 14, 14, border);
        var lines = text.Split('\n');
        var top = rect.MidY - ((lines.Length - 1) * size * 1.25f / 2) + (size * 0.35f);
        foreach (var line in lines)
        {
            Text(line, rect.MidX, top, size, ink ?? new SKColor(0x1a, 0x1f, 0x26), SKTextAlign.Center);
            top += size * 1.25f;
        }

        return rect;
    }

    /// <summary>An arrow from one point to another, with an optional label above its middle.</summary>
    public void Arrow(SKPoint from, SKPoint to, string? label = null, SKColor? colour = null)
    {
        var ink = colour ?? new SKColor(0x52, 0x5c, 0x68);
        using var paint = new SKPaint { Color = ink, IsAntialias = true, StrokeWidth = 3, Style = SKPaintStyle.Stroke };
        Canvas.DrawLine(from, to, paint);
        var angle = MathF.Atan2(to.Y - from.Y, to.X - from.X);
        using var builder = new SKPathBuilder();
        builder.MoveTo(to);
        builder.LineTo(to.X - (14 * MathF.Cos(angle - 0.45f)), to.Y - (14 * MathF.Sin(angle - 0.45f)));
        builder.LineTo(to.X - (14 * MathF.Cos(angle + 0.45f)), to.Y - (14 * MathF.Sin(angle + 0.45f)));
        builder.Close();
        using var head = builder.Detach();
        using var fill = new SKPaint { Color = ink, IsAntialias = true };
        Canvas.DrawPath(head, fill);
        if (label is not null)
        {
            Text(label, (from.X + to.X) / 2, ((from.Y + to.Y) / 2) - 10, 18, ink, SKTextAlign.Center);
        }
    }

    /// <summary>One line of text, shaped with HarfBuzz.</summary>
    public void Text(string text, float x, float y, float size, SKColor colour, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = new SKFont(Font.Value, size) { Edging = SKFontEdging.Antialias };
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        Canvas.DrawShapedText(shaper, text, x, y, align, font, paint);
    }

    public byte[] Encode(SKEncodedImageFormat format = SKEncodedImageFormat.Png, int quality = 100)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    public void Dispose()
    {
        shaper.Dispose();
        surface.Dispose();
    }
}
