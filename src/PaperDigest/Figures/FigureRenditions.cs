using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace PaperDigest.Figures;

/// <summary>
/// The files made of one figure: a card thumbnail and a page size, each as WebP with a PNG fallback (JPEG for a JPEG
/// figure), and for a paper's first figure its social image, a 1200×630 PNG. Each follows from the figure's bytes
/// (their fingerprint), its dimensions and these sizes alone, so the names are known without decoding anything.
/// </summary>
internal sealed record FigureRenditions(
    FigureRendition CardWebp, FigureRendition CardFallback, FigureRendition PageWebp, FigureRendition PageFallback, FigureRendition? Social)
{
    /// <summary>The box a card's thumbnail fits in.</summary>
    public const int CardWidth = 480, CardHeight = 320;

    /// <summary>The box a figure on its paper's page fits in.</summary>
    public const int PageWidth = 1200, PageHeight = 1200;

    /// <summary>The size of a social image (OpenGraph, Twitter's large card).</summary>
    public const int SocialWidth = 1200, SocialHeight = 630;

    public const int WebpQuality = 82, JpegQuality = 85;

    /// <summary>Changes when the way files are made changes (the encoder, its settings), so their names change too.</summary>
    public const string MakerVersion = "skia-4.156.1/1";

    /// <summary>Every file, in the order they are made.</summary>
    public IReadOnlyList<FigureRendition> All =>
        Social is null ? [CardWebp, CardFallback, PageWebp, PageFallback] : [CardWebp, CardFallback, PageWebp, PageFallback, Social];

    /// <param name="slug">The paper's slug: the files go in <c>/papers/&lt;slug&gt;/figures/</c>.</param>
    /// <param name="image">The figure.</param>
    /// <param name="first">Whether it is the paper's first figure, which also gets a social image.</param>
    public static FigureRenditions For(string slug, FigureImage image, bool first)
    {
        var folder = $"/papers/{slug}/figures/";
        var stem = Path.GetFileNameWithoutExtension(image.Figure.File);
        var fallback = image.Format == FigureFormat.Jpeg ? RenditionFormat.Jpeg : RenditionFormat.Png;
        var (cardWidth, cardHeight) = Fit(image.Width, image.Height, CardWidth, CardHeight);
        var (pageWidth, pageHeight) = Fit(image.Width, image.Height, PageWidth, PageHeight);
        FigureRendition Make(string kind, int width, int height, RenditionFormat format, bool letterboxed = false) =>
            new(folder + Name(image, stem, kind, width, height, format, letterboxed), width, height, format, letterboxed);

        return new FigureRenditions(
            Make("card", cardWidth, cardHeight, RenditionFormat.Webp),
            Make("card", cardWidth, cardHeight, fallback),
            Make("page", pageWidth, pageHeight, RenditionFormat.Webp),
            Make("page", pageWidth, pageHeight, fallback),
            first ? Make("social", SocialWidth, SocialHeight, RenditionFormat.Png, letterboxed: true) : null);
    }

    /// <summary>The size of an image scaled down (never up) to fit a box, keeping its shape.</summary>
    public static (int Width, int Height) Fit(int width, int height, int boxWidth, int boxHeight)
    {
        var scale = Math.Min(1.0, Math.Min((double)boxWidth / width, (double)boxHeight / height));
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    private static string Name(FigureImage image, string stem, string kind, int width, int height, RenditionFormat format, bool letterboxed)
    {
        var made = string.Create(CultureInfo.InvariantCulture, $"{MakerVersion}|{image.Content}|{kind}|{width}x{height}|{format}|{letterboxed}|{WebpQuality}|{JpegQuality}");
        var hash = XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(made)).ToString("x32", CultureInfo.InvariantCulture)[..12];
        var extension = format switch { RenditionFormat.Webp => "webp", RenditionFormat.Jpeg => "jpg", _ => "png" };
        return $"{stem}.{kind}.{hash}.{extension}";
    }
}
