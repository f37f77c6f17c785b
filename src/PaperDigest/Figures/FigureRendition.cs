namespace PaperDigest.Figures;

/// <summary>One image file the build makes of a figure: where it goes, its size and type.</summary>
/// <param name="Path">The site path, whose name carries a hash of what the file is made from, so hosts may cache it for ever.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Format">The image type.</param>
/// <param name="Letterboxed">Whether the figure is fitted inside the size on a plain background (a social image) rather than scaled to it.</param>
internal sealed record FigureRendition(string Path, int Width, int Height, RenditionFormat Format, bool Letterboxed = false)
{
    /// <summary>The media type of <see cref="Format"/>.</summary>
    public string MediaType => Format switch
    {
        RenditionFormat.Webp => "image/webp",
        RenditionFormat.Jpeg => "image/jpeg",
        _ => "image/png",
    };
}
