using SkiaSharp;

namespace PaperDigest.Figures;

/// <summary>Reads figures with SkiaSharp: the header alone (<see cref="Probe"/>), or the whole image (<see cref="Decode"/>).</summary>
internal static class FigureCodec
{
    /// <summary>The image's type and dimensions from its header, or why it is not an image the build reads.</summary>
    public static (FigureFormat Format, int Width, int Height)? Probe(byte[] bytes, out string? problem)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = Open(data, out problem);
        if (codec is null)
        {
            return null;
        }

        FigureFormat? format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => FigureFormat.Png,
            SKEncodedImageFormat.Jpeg => FigureFormat.Jpeg,
            SKEncodedImageFormat.Webp => FigureFormat.Webp,
            SKEncodedImageFormat.Gif => FigureFormat.Gif,
            _ => null,
        };
        if (format is null)
        {
            problem = $"is a {codec.EncodedFormat} image; figures are PNG, JPEG, WebP or GIF";
            return null;
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0)
        {
            problem = "states an empty image in its header";
            return null;
        }

        return (format.Value, info.Width, info.Height);
    }

    /// <summary>
    /// The whole image, as premultiplied RGBA (the first frame of an animation), or null with the reason when it is
    /// cut short or damaged. Call only for dimensions within <see cref="FigureLimits"/>.
    /// </summary>
    public static SKBitmap? Decode(byte[] bytes, out string? problem)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = Open(data, out problem);
        if (codec is null)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result == SKCodecResult.Success)
        {
            bitmap.SetImmutable();
            return bitmap;
        }

        bitmap.Dispose();
        problem = result switch
        {
            SKCodecResult.IncompleteInput => "is cut short: the image data ends before the image does (a truncated or partly copied file?)",
            SKCodecResult.ErrorInInput or SKCodecResult.InvalidInput => "is damaged: its image data cannot be decoded",
            _ => $"cannot be decoded ({result})",
        };
        return null;
    }

    /// <summary>A codec for the bytes, which reads only the header; null when they are not an image SkiaSharp knows.</summary>
    private static SKCodec? Open(SKData data, out string? problem)
    {
        var codec = SKCodec.Create(data);
        problem = codec is null ? "is not an image PaperDigest reads (PNG, JPEG, WebP or GIF), or its header is damaged" : null;
        return codec;
    }
}
