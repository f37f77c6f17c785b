namespace PaperDigest.Tests.Site;

/// <summary><c>/</c> and <c>/page/N/</c> of the sample site.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class HomePageTests(SampleSiteFixture fixture)
{
    [Fact]
    public void The_home_pages_together_list_every_paper_exactly_once() =>
        ListingChecks.ListsEachPaperOnce(fixture.Site, "/", fixture.Digest.Papers);

    [Fact]
    public void The_home_pages_show_days_newest_first_each_paper_under_its_day() =>
        ListingChecks.HomeDaysNewestFirst(fixture.Site);

    [Fact]
    public void Pagination_links_lead_from_page_to_page_and_to_files_that_exist()
    {
        Assert.True(fixture.Site.ListingPages("/").Count > 1, "the sample (18 papers, page_size 10) should span more than one home page");
        ListingChecks.PaginationLinksWalkThePages(fixture.Site, "/");
    }

    [Fact]
    public void The_first_home_page_is_titled_by_the_site()
    {
        var document = fixture.Load("/");
        Assert.Contains(fixture.Digest.Title, document.Title, StringComparison.Ordinal);
    }
}
