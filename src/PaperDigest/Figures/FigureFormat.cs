namespace PaperDigest.Figures;

/// <summary>The image types a figure's file may be; the derivatives are WebP with a PNG or JPEG fallback.</summary>
internal enum FigureFormat
{
    Png,
    Jpeg,
    Webp,
    Gif,
}
