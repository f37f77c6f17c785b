using AngleSharp.Html.Parser;
using PaperDigest.Building;
using PaperDigest.Tests.Site;
using SkiaSharp;

namespace PaperDigest.Tests.Figures;

/// <summary>
/// What a build makes of figures: WebP files with a PNG (or JPEG) fallback at card and page size, a 1200×630 social
/// image, pictures with width, height and lazy loading on cards and pages; and a rebuild that keeps them unmade.
/// </summary>
public sealed class FigureBuildTests
{
    private const string Figures = "figures:\n  - file: overview.png\n    alt: \"A wide diagram.\"\n    caption: \"The whole method.\"\n  - file: detail.jpg\n    alt: \"A detail.\"\n";

    private static FigureDigest Digest(TempFolder temp) =>
        new FigureDigest(temp, Figures)
            .With("overview.png", FigureDigest.Image(2000, 1000))
            .With("detail.jpg", FigureDigest.Image(300, 200, SKEncodedImageFormat.Jpeg));

    private static (SKEncodedImageFormat Format, int Width, int Height) Header(string path)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidOperationException($"{path} is not an image");
        return (codec.EncodedFormat, codec.Info.Width, codec.Info.Height);
    }

    private static string File(string output, string url) => Path.Combine(output, url.TrimStart('/'));

    [Fact]
    public void A_paper_page_shows_each_figure_as_a_lazy_picture_with_its_size_and_caption()
    {
        using var temp = new TempFolder();
        var digest = Digest(temp);
        var result = digest.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);

        var page = new HtmlParser().ParseDocument(System.IO.File.ReadAllText(Path.Combine(digest.Output, "papers", "a-paper-with-figures", "index.html")));
        var figures = page.QuerySelectorAll("figure.figure");
        Assert.Equal(2, figures.Length);
        Assert.Equal("The whole method.", figures[0].QuerySelector("figcaption")!.TextContent);
        Assert.Null(figures[1].QuerySelector("figcaption"));

        (string Alt, SKEncodedImageFormat Fallback, int Width, int Height)[] expected =
        [
            ("A wide diagram.", SKEncodedImageFormat.Png, 1200, 600),
            ("A detail.", SKEncodedImageFormat.Jpeg, 300, 200),
        ];
        for (var i = 0; i < expected.Length; i++)
        {
            var img = figures[i].QuerySelector("picture > img")!;
            var source = figures[i].QuerySelector("picture > source")!;
            Assert.Equal(expected[i].Alt, img.GetAttribute("alt"));
            Assert.Equal("lazy", img.GetAttribute("loading"));
            Assert.Equal(expected[i].Width.ToString(System.Globalization.CultureInfo.InvariantCulture), img.GetAttribute("width"));
            Assert.Equal(expected[i].Height.ToString(System.Globalization.CultureInfo.InvariantCulture), img.GetAttribute("height"));
            Assert.Equal("image/webp", source.GetAttribute("type"));
            Assert.Equal((SKEncodedImageFormat.Webp, expected[i].Width, expected[i].Height), Header(File(digest.Output, source.GetAttribute("srcset")!)));
            Assert.Equal((expected[i].Fallback, expected[i].Width, expected[i].Height), Header(File(digest.Output, img.GetAttribute("src")!)));
        }
    }

    [Fact]
    public void A_card_shows_the_first_figure_as_a_thumbnail_and_the_page_is_shared_with_it()
    {
        using var temp = new TempFolder();
        var digest = Digest(temp);
        digest.Build();

        var home = new HtmlParser().ParseDocument(System.IO.File.ReadAllText(Path.Combine(digest.Output, "index.html")));
        var thumb = Assert.Single(home.QuerySelectorAll(".card-thumb img"));
        Assert.Equal(("480", "240", "lazy", "A wide diagram."), (thumb.GetAttribute("width"), thumb.GetAttribute("height"), thumb.GetAttribute("loading"), thumb.GetAttribute("alt")));
        Assert.Equal((SKEncodedImageFormat.Png, 480, 240), Header(File(digest.Output, thumb.GetAttribute("src")!)));

        var page = new HtmlParser().ParseDocument(System.IO.File.ReadAllText(Path.Combine(digest.Output, "papers", "a-paper-with-figures", "index.html")));
        var image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.StartsWith(TinyDigest.BaseUrl + "/papers/a-paper-with-figures/figures/overview.social.", image, StringComparison.Ordinal);
        Assert.Equal((SKEncodedImageFormat.Png, 1200, 630), Header(File(digest.Output, new Uri(image).AbsolutePath)));
        Assert.Equal("A wide diagram.", page.QuerySelector("meta[property='og:image:alt']")!.GetAttribute("content"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Contains($"\"image\":\"{image}\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_keeps_the_files_of_unchanged_figures_and_makes_those_of_a_changed_one()
    {
        using var temp = new TempFolder();
        var digest = Digest(temp);
        digest.Build();
        Assert.Equal(2, PaperDigest.Figures.FigureMaker.DecodedFrom(digest.Input));
        var folder = Path.Combine(digest.Output, "papers", "a-paper-with-figures", "figures");
        var before = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), System.IO.File.GetLastWriteTimeUtc);
        Assert.Equal(9, before.Count);
        var entry = Path.Combine(digest.Input, "papers", "2025", "a-paper.md");
        var page = Path.Combine(digest.Output, "papers", "a-paper-with-figures", "index.html");
        var pageTime = System.IO.File.GetLastWriteTimeUtc(page);
        Thread.Sleep(20);
        System.IO.File.WriteAllText(entry, System.IO.File.ReadAllText(entry).Replace("Why it matters.", "Why it matters a lot.", StringComparison.Ordinal));

        var edited = digest.Build();

        Assert.DoesNotContain(edited.Diagnostics, d => d.IsError);
        Assert.Equal(2, PaperDigest.Figures.FigureMaker.DecodedFrom(digest.Input));
        Assert.NotEqual(pageTime, System.IO.File.GetLastWriteTimeUtc(page));
        Assert.Equal(before, Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), System.IO.File.GetLastWriteTimeUtc));

        digest.With("detail.jpg", FigureDigest.Image(300, 200, SKEncodedImageFormat.Jpeg, label: "another box"));
        var redrawn = digest.Build();

        Assert.DoesNotContain(redrawn.Diagnostics, d => d.IsError);
        Assert.Equal(3, PaperDigest.Figures.FigureMaker.DecodedFrom(digest.Input));
        var after = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), System.IO.File.GetLastWriteTimeUtc);
        Assert.Equal(before.Where(f => f.Key.StartsWith("overview.", StringComparison.Ordinal)), after.Where(f => f.Key.StartsWith("overview.", StringComparison.Ordinal)));
        var detail = after.Keys.Where(f => f.StartsWith("detail.", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, detail.Count);
        Assert.Empty(detail.Intersect(before.Keys));
    }

    [Fact]
    public void A_digest_moved_with_its_output_and_build_cache_draws_no_figure_again()
    {
        using var temp = new TempFolder();
        var digest = Digest(temp);
        Assert.True(digest.Build().Succeeded);
        var moved = Directory.CreateDirectory(temp.Combine("moved")).FullName;
        foreach (var name in new[] { "input", "site", ".site.pd-cache" })
        {
            Directory.Move(temp.Combine(name), Path.Combine(moved, name));
        }

        var (input, output) = (Path.Combine(moved, "input"), Path.Combine(moved, "site"));
        var folder = Path.Combine(output, "papers", "a-paper-with-figures", "figures");
        var before = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), System.IO.File.GetLastWriteTimeUtc);
        var entry = Path.Combine(input, "papers", "2025", "a-paper.md");
        System.IO.File.WriteAllText(entry, System.IO.File.ReadAllText(entry).Replace("Why it matters.", "Why it matters a lot.", StringComparison.Ordinal));

        var rebuilt = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output));

        Assert.DoesNotContain(rebuilt.Diagnostics, d => d.IsError);
        Assert.Equal(0, PaperDigest.Figures.FigureMaker.DecodedFrom(input));
        Assert.Equal(before, Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), System.IO.File.GetLastWriteTimeUtc));
        Assert.Contains("Why it matters a lot.", System.IO.File.ReadAllText(Path.Combine(output, "papers", "a-paper-with-figures", "index.html")), StringComparison.Ordinal);
    }
}
