namespace PaperDigest.Figures;

/// <summary>
/// What a figure's file may be at most. The dimensions are read from the file's header before anything is decoded,
/// so a small file that claims a huge image (a decompression bomb) is refused without the memory it asks for;
/// decoding the largest allowed image takes <see cref="MaxPixels"/> × 4 bytes.
/// </summary>
internal static class FigureLimits
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public const int MaxSide = 12_000;

    public const int MaxPixels = 40_000_000;
}
