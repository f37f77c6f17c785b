using SkiaSharp;

namespace PaperDigest.Tests.Figures;

internal static class ColourShades
{
    public static SKColor Darker(this SKColor colour) =>
        new((byte)(colour.Red * 0.7), (byte)(colour.Green * 0.7), (byte)(colour.Blue * 0.7));
}
