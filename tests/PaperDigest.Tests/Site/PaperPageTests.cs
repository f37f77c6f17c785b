namespace PaperDigest.Tests.Site;

/// <summary><c>/papers/&lt;slug&gt;/</c> for every entry of the sample digest.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class PaperPageTests(SampleSiteFixture fixture)
{
    private const string PulsarFile = "papers/2025/potential-contribution-of-young-pulsar-wind-nebulae-to.md";

    public static TheoryData<string> PaperFiles()
    {
        var data = new TheoryData<string>();
        foreach (var paper in ExpectedDigest.Read(RepoPaths.Input).Papers)
        {
            data.Add(paper.File);
        }

        return data;
    }

    [Fact]
    public void The_papers_folder_holds_one_page_per_entry_and_nothing_else()
    {
        var pages = Directory.EnumerateDirectories(Path.Combine(fixture.Output, "papers")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(fixture.Digest.Papers.Select(p => p.Slug).Order(StringComparer.Ordinal), pages);
        Assert.All(fixture.Digest.Papers, p => Assert.True(fixture.Site.Exists(p.Path), $"{p.Path} is missing"));
    }

    [Theory]
    [MemberData(nameof(PaperFiles))]
    public void A_paper_page_is_headed_and_titled_by_the_paper_title(string file)
    {
        var paper = Paper(file);
        var document = fixture.Load(paper.Path);
        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(paper.Title, HtmlQueries.Text(h1));
        Assert.Contains(paper.Title, document.Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PaperFiles))]
    public void A_paper_page_names_every_author(string file)
    {
        var paper = Paper(file);
        var text = HtmlQueries.Text(HtmlQueries.MainContent(fixture.Load(paper.Path)));
        Assert.All(paper.Authors, author => Assert.Contains(author, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PaperFiles))]
    public void A_paper_page_links_each_tag_to_its_tag_page(string file)
    {
        var paper = Paper(file);
        var main = HtmlQueries.MainContent(fixture.Load(paper.Path));
        foreach (var slug in paper.Tags)
        {
            var links = main.QuerySelectorAll($"a[href='/tags/{slug}/']");
            Assert.True(links.Length > 0, $"{paper.Path} does not link its tag {slug} to /tags/{slug}/");
            Assert.Contains(links, a => HtmlQueries.Text(a) == fixture.Digest.Tag(slug).Name);
        }
    }

    [Theory]
    [MemberData(nameof(PaperFiles))]
    public void A_paper_page_links_arxiv_pdf_code_and_doi_when_the_entry_has_them(string file)
    {
        var paper = Paper(file);
        var document = fixture.Load(paper.Path);
        var hrefs = HtmlQueries.MainContent(document).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToHashSet(StringComparer.Ordinal);
        if (paper.Arxiv is not null)
        {
            Assert.Contains($"https://arxiv.org/abs/{paper.Arxiv}", hrefs);
        }
        else
        {
            Assert.DoesNotContain(hrefs, h => h.StartsWith("https://arxiv.org/", StringComparison.Ordinal));
        }

        if (paper.PdfUrl is not null)
        {
            Assert.Contains(paper.PdfUrl, hrefs);
        }

        if (paper.Code is not null)
        {
            Assert.Contains(paper.Code, hrefs);
        }

        if (paper.Doi is not null)
        {
            Assert.Contains($"https://doi.org/{paper.Doi}", hrefs);
        }
    }

    [Theory]
    [MemberData(nameof(PaperFiles))]
    public void A_paper_page_shows_the_write_up(string file)
    {
        var paper = Paper(file);
        Assert.NotEmpty(paper.Snippets);
        var text = HtmlQueries.Text(HtmlQueries.MainContent(fixture.Load(paper.Path)));
        Assert.All(paper.Snippets, snippet => Assert.Contains(snippet, text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_pulsar_paper_without_authors_or_arxiv_id_still_has_a_full_page()
    {
        var paper = Paper(PulsarFile);
        Assert.Empty(paper.Authors);
        Assert.Null(paper.Arxiv);
        Assert.Equal("/papers/potential-contribution-of-young-pulsar-wind-nebulae-to/", paper.Path);

        var document = fixture.Load(paper.Path);
        Assert.Equal(paper.Title, HtmlQueries.Text(Assert.Single(document.QuerySelectorAll("h1"))));
        Assert.Empty(document.QuerySelectorAll("a[href*='arxiv.org']"));
        Assert.Contains("population synthesis", HtmlQueries.Text(HtmlQueries.MainContent(document)), StringComparison.Ordinal);
    }

    private ExpectedPaper Paper(string file) => fixture.Digest.Papers.Single(p => p.File == file);
}
