namespace PaperDigest.Figures;

/// <summary>The image types the build writes.</summary>
internal enum RenditionFormat
{
    Webp,
    Png,
    Jpeg,
}
