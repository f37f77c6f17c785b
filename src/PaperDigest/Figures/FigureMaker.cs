using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Reading;
using SkiaSharp;

namespace PaperDigest.Figures;

/// <summary>
/// Makes a figure's files: reads it (checking it is the file the build fingerprinted), decodes it once and draws each
/// rendition from it. A file that turns out cut short or damaged stops the build with a diagnostic naming the entry.
/// </summary>
internal static class FigureMaker
{
    /// <summary>The background a social image's letterbox and a JPEG's transparent parts are drawn on.</summary>
    private static readonly SKColor Background = new(0xFF, 0xFF, 0xFF);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Decoded = new(StringComparer.Ordinal);

    /// <summary>How many figures this process has decoded from the input folder <paramref name="inputRoot"/>: what a rebuild did not keep.</summary>
    public static int DecodedFrom(string inputRoot) => Decoded.GetValueOrDefault(inputRoot);

    /// <summary>
    /// What one figure's files are made from. It (and the tests' memo of made files, <see cref="MadeFileMemo"/>)
    /// names the figure's file by its path inside the input folder, so the same digest in another folder makes none again.
    /// </summary>
    /// <param name="Image">The figure as read.</param>
    /// <param name="Renditions">The files to make.</param>
    public sealed record Job(FigureImage Image, FigureRenditions Renditions);

    /// <returns>The bytes of each of <see cref="FigureRenditions.All"/>, in that order.</returns>
    public static IReadOnlyList<byte[]> Make(Job job)
    {
        var image = job.Image;
        var (inputRoot, shown) = (image.Source.Root ?? "", image.Source.ToString());
        var problems = new DiagnosticBag();
        var bytes = InputGate.ReadBytes(inputRoot, image.Source.Path, FigureLimits.MaxBytes, problems);
        if (bytes is null || !Fingerprint.Of(bytes).Matches(image.Content))
        {
            throw Unreadable(image, $"figure file {shown} changed or became unreadable while the site was built; build again");
        }

        Decoded.AddOrUpdate(inputRoot, 1, (_, count) => count + 1);
        using var bitmap = FigureCodec.Decode(bytes, out var problem) ?? throw Unreadable(image, $"figure file {shown} {problem}");
        using var source = SKImage.FromBitmap(bitmap);
        return [.. job.Renditions.All.Select(r => Draw(source, r))];
    }

    /// <summary>The rendition drawn from <paramref name="source"/>: scaled to its size, or fitted inside it on a plain background.</summary>
    public static byte[] Draw(SKImage source, FigureRendition rendition)
    {
        var info = new SKImageInfo(rendition.Width, rendition.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(rendition.Letterboxed || rendition.Format == RenditionFormat.Jpeg ? Background : SKColors.Transparent);
        var target = new SKRect(0, 0, rendition.Width, rendition.Height);
        if (rendition.Letterboxed)
        {
            var (width, height) = FigureRenditions.Fit(source.Width, source.Height, rendition.Width, rendition.Height);
            if (width < rendition.Width && height < rendition.Height)
            {
                // A small figure is scaled up to fill the box one way: social previews are shown large.
                var scale = Math.Min((float)rendition.Width / source.Width, (float)rendition.Height / source.Height);
                (width, height) = ((int)Math.Round(source.Width * scale), (int)Math.Round(source.Height * scale));
            }

            var left = (rendition.Width - width) / 2f;
            var top = (rendition.Height - height) / 2f;
            target = new SKRect(left, top, left + width, top + height);
        }

        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(source, target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var data = rendition.Format switch
        {
            RenditionFormat.Webp => snapshot.Encode(SKEncodedImageFormat.Webp, FigureRenditions.WebpQuality),
            RenditionFormat.Jpeg => snapshot.Encode(SKEncodedImageFormat.Jpeg, FigureRenditions.JpegQuality),
            _ => snapshot.Encode(SKEncodedImageFormat.Png, 100),
        };
        return data?.ToArray() ?? throw new InvalidOperationException($"SkiaSharp could not encode {rendition.Path} as {rendition.Format}");
    }

    private static InputUnreadableException Unreadable(FigureImage image, string message) =>
        new(Diagnostic.Error(image.Figure.Location, DiagnosticCodes.FigureUnreadable, message));
}
