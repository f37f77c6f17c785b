using PaperDigest.SocialCards;
using PaperDigest.Tests.Site;
using SkiaSharp;

namespace PaperDigest.Tests.Figures;

/// <summary>
/// Social images: every <c>og:image</c> of the sample site is a real 1200×630 PNG that the site holds; every paper and
/// tag page has one, with <c>twitter:image</c> the same; cards are drawn the same each time, and a text in a script
/// the font lacks is left off a card rather than drawn as boxes.
/// </summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class SocialImageTests(SampleSiteFixture fixture)
{
    private static readonly SocialCardFont Font = SocialCardFont.From(
        File.ReadAllBytes(Path.Combine(RepoPaths.Theme, SocialCardFont.ThemePath)), out _)!;

    private static (SKEncodedImageFormat Format, int Width, int Height) Header(byte[] bytes)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(bytes)) ?? throw new InvalidOperationException("not an image");
        return (codec.EncodedFormat, codec.Info.Width, codec.Info.Height);
    }

    [Fact]
    public void Every_og_image_of_the_sample_site_is_a_1200_by_630_png_of_the_site()
    {
        var site = fixture.Site;
        var shared = 0;
        foreach (var page in site.HtmlPages())
        {
            var document = site.Load(page);
            var image = document.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
            var isPaperOrTag = page.StartsWith("/papers/", StringComparison.Ordinal) && document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.EndsWith(page, StringComparison.Ordinal) == true
                || page.StartsWith("/tags/", StringComparison.Ordinal);
            if (image is null)
            {
                Assert.False(isPaperOrTag, $"{page} has no og:image");
                continue;
            }

            shared++;
            var url = new Uri(image);
            Assert.Equal(SampleBaseUrl(), url.GetLeftPart(UriPartial.Authority));
            var (format, width, height) = Header(File.ReadAllBytes(site.FileOf(url.AbsolutePath)));
            Assert.True((format, width, height) == (SKEncodedImageFormat.Png, 1200, 630), $"{page}: {image} is a {width}×{height} {format}");
            Assert.Equal(image, document.QuerySelector("meta[name='twitter:image']")!.GetAttribute("content"));
            Assert.Equal("summary_large_image", document.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
            Assert.Equal(("1200", "630"), (document.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"), document.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content")));
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content")));
        }

        Assert.True(shared > 50, $"only {shared} pages are shared with an image");
    }

    private static string SampleBaseUrl() => "https://paperdigest.netlify.app";

    [Fact]
    public void A_paper_with_figures_is_shared_with_its_first_figure_and_one_without_with_the_site_card()
    {
        var withFigure = fixture.Load("/papers/2010.09990/").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        var without = fixture.Load("/papers/2111.12997/").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        var tag = fixture.Load("/tags/statistical-physics/").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;

        Assert.Contains("/papers/2010.09990/figures/pipeline.social.", withFigure, StringComparison.Ordinal);
        Assert.Contains("/social/site.", without, StringComparison.Ordinal);
        Assert.Contains("/social/tags/statistical-physics.", tag, StringComparison.Ordinal);
        Assert.Equal(without, fixture.Load("/").QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_card_is_a_1200_by_630_png_drawn_the_same_every_time()
    {
        var text = new SocialCardText("Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood", "Yaxuan Zhu, Jianwen Xie, … +2", "Boundary Layer", "example.org");

        var first = SocialCardPainter.Paint(text, Font);
        var second = SocialCardPainter.Paint(text, Font);

        Assert.Equal((SKEncodedImageFormat.Png, 1200, 630), Header(first));
        Assert.Equal(first, second);
        Assert.NotEqual(first, SocialCardPainter.Paint(text with { Title = "Another title" }, Font));
    }

    [Theory]
    [InlineData("拡散モデルによる材料設計")]
    [InlineData("Diffusion 模型 for materials")]
    [InlineData("तंत्रिका नेटवर्क")]
    [InlineData("An emoji 🧪 in a title")]
    public void A_title_the_font_cannot_set_is_left_off_the_card_rather_than_drawn_as_boxes(string title)
    {
        using var font = new SKFont(Font.Typeface, 40);
        Assert.False(SocialCardPainter.CanSet(font, title));

        var card = SocialCardPainter.Paint(new SocialCardText(title, "3 papers", "Boundary Layer", "example.org"), Font);
        var titleless = SocialCardPainter.Paint(new SocialCardText("", "3 papers", "Boundary Layer", "example.org"), Font);

        Assert.Equal(titleless, card);
    }

    [Theory]
    [InlineData("Replica symmetry breaking in dense neural networks")]
    [InlineData("Équations de Navier–Stokes: «une» étude")]
    [InlineData("Ελληνικά και Кириллица: μ, λ, ψ")]
    [InlineData("Sherrington–Kirkpatrick and the Franz–Parisi potential ≤ 1")]
    public void A_title_in_the_scripts_the_font_covers_is_drawn(string title)
    {
        using var font = new SKFont(Font.Typeface, 40);
        Assert.True(SocialCardPainter.CanSet(font, title));

        var card = SocialCardPainter.Paint(new SocialCardText(title, null, "Boundary Layer", "example.org"), Font);

        Assert.NotEqual(SocialCardPainter.Paint(new SocialCardText("", null, "Boundary Layer", "example.org"), Font), card);
    }

    [Fact]
    public void Paper_cards_are_drawn_only_when_the_site_asks_for_them()
    {
        using var temp = new TempFolder();
        var digest = new FigureDigest(temp, "", TinyDigest.SiteYml + "paper_social_cards: true\n");
        digest.Build();

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(digest.Output, "papers", "a-paper-with-figures", "index.html")));
        var image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;

        Assert.Contains("/social/papers/a-paper-with-figures.", image, StringComparison.Ordinal);
        Assert.Equal((SKEncodedImageFormat.Png, 1200, 630), Header(File.ReadAllBytes(Path.Combine(digest.Output, new Uri(image).AbsolutePath.TrimStart('/')))));
        Assert.Contains(image, page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(fixture.Output, "social", "papers")), "the sample site does not ask for paper cards");
    }
}
