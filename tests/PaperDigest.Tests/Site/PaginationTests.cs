namespace PaperDigest.Tests.Site;

/// <summary>The listings of the sample digest built with page_size 2, where every listing paginates and some days exceed a page.</summary>
public sealed class PaginationTests(PagedSampleSiteFixture fixture) : IClassFixture<PagedSampleSiteFixture>
{
    [Fact]
    public void The_home_pages_list_every_paper_once_across_all_pages() =>
        ListingChecks.ListsEachPaperOnce(fixture.Site, "/", fixture.Site.Digest.Papers);

    [Fact]
    public void Home_pages_keep_days_whole_newest_first_and_exceed_page_size_only_for_a_single_large_day()
    {
        Assert.Equal(PagedSampleSiteFixture.PageSize, fixture.Site.Digest.PageSize);
        ListingChecks.HomeDaysNewestFirst(fixture.Site);
    }

    [Fact]
    public void Home_pagination_links_walk_every_page()
    {
        Assert.True(fixture.Site.ListingPages("/").Count >= 4, "with page_size 2 the sample's seven days need several home pages");
        ListingChecks.PaginationLinksWalkThePages(fixture.Site, "/");
    }

    [Fact]
    public void Tag_pages_list_exactly_their_papers_across_pagination_pages()
    {
        var paginated = 0;
        foreach (var tag in fixture.Site.Digest.Tags)
        {
            ListingChecks.ListsEachPaperOnce(fixture.Site, tag.Path, fixture.Site.Digest.PapersTagged(tag.Slug));
            paginated += fixture.Site.ListingPages(tag.Path).Count > 1 ? 1 : 0;
        }

        Assert.True(paginated > 0, "some tags have more than two papers and should paginate");
    }

    [Fact]
    public void Tag_pagination_links_walk_every_page_and_pages_hold_at_most_page_size()
    {
        foreach (var tag in fixture.Site.Digest.Tags)
        {
            ListingChecks.PaginationLinksWalkThePages(fixture.Site, tag.Path);
        }

        ListingChecks.TagPagesHoldAtMostPageSize(fixture.Site);
    }

    [Fact]
    public void The_tag_index_counts_all_papers_of_a_tag_not_one_page_of_them()
    {
        var text = HtmlQueries.Text(HtmlQueries.MainContent(fixture.Site.Load("/tags/")));
        var diffusion = fixture.Site.Digest.PapersTagged("diffusion-models").Count;
        Assert.True(diffusion > PagedSampleSiteFixture.PageSize);
        Assert.Contains($"{diffusion} papers", text, StringComparison.Ordinal);
    }
}
