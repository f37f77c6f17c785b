using System.Text.RegularExpressions;

namespace PaperDigest.Tests.Site;

/// <summary><c>/tags/</c> and <c>/tags/&lt;tag&gt;/</c> of the sample site.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class TagPageTests(SampleSiteFixture fixture)
{
    public static TheoryData<string> TagSlugs()
    {
        var data = new TheoryData<string>();
        foreach (var tag in ExpectedDigest.Read(RepoPaths.Input).Tags)
        {
            data.Add(tag.Slug);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TagSlugs))]
    public void A_tag_page_lists_exactly_the_papers_that_carry_the_tag(string slug)
    {
        var tag = fixture.Digest.Tag(slug);
        Assert.True(fixture.Site.Exists(tag.Path), $"{tag.Path} is missing");
        ListingChecks.ListsEachPaperOnce(fixture.Site, tag.Path, fixture.Digest.PapersTagged(slug));
    }

    [Theory]
    [MemberData(nameof(TagSlugs))]
    public void A_tag_page_is_headed_by_the_tag_name_and_advertises_the_tag_feed(string slug)
    {
        var tag = fixture.Digest.Tag(slug);
        var document = fixture.Load(tag.Path);
        Assert.Contains(tag.Name, HtmlQueries.Text(Assert.Single(document.QuerySelectorAll("h1"))), StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("link[rel='alternate'][type='application/rss+xml']"),
            link => link.GetAttribute("href") == $"{tag.Path}feed.xml");
    }

    [Fact]
    public void No_tag_page_holds_more_than_page_size_papers() => ListingChecks.TagPagesHoldAtMostPageSize(fixture.Site);

    [Fact]
    public void The_tags_folder_holds_a_page_for_each_registered_tag_and_nothing_else()
    {
        var folders = Directory.EnumerateDirectories(Path.Combine(fixture.Output, "tags")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(fixture.Digest.Tags.Select(t => t.Slug).Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void The_tag_index_lists_every_tag_with_its_paper_count_and_description()
    {
        var main = HtmlQueries.MainContent(fixture.Load("/tags/"));
        foreach (var tag in fixture.Digest.Tags)
        {
            var count = fixture.Digest.PapersTagged(tag.Slug).Count;
            var link = main.QuerySelector($"a[href='{tag.Path}']");
            Assert.True(link is not null, $"/tags/ does not link to {tag.Path}");
            Assert.Equal(tag.Name, HtmlQueries.Text(link));

            // The smallest element around the link that names no other tag must state the count.
            var pattern = new Regex($@"\b{count}\s+papers?\b");
            var entry = link.ParentElement;
            while (entry is not null && !pattern.IsMatch(HtmlQueries.Text(entry))
                   && entry.QuerySelectorAll("a[href^='/tags/']").Select(a => a.GetAttribute("href")).Distinct().Count() == 1)
            {
                entry = entry.ParentElement;
            }

            Assert.True(entry is not null && pattern.IsMatch(HtmlQueries.Text(entry))
                && entry.QuerySelectorAll("a[href^='/tags/']").Select(a => a.GetAttribute("href")).Distinct().Count() == 1,
                $"/tags/ does not say '{count} paper(s)' beside {tag.Name}");
            Assert.Contains(tag.Description, HtmlQueries.Text(entry), StringComparison.Ordinal);
        }
    }
}
