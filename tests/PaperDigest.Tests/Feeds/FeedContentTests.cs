using PaperDigest.Feeds;
using PaperDigest.Rendering;
using PaperDigest.Tests.Citations;

namespace PaperDigest.Tests.Feeds;

/// <summary>A paper's feed item HTML shared by an emitter's feeds, made once for all of them: never the HTML of another site or of the other kind of item.</summary>
public sealed class FeedContentTests
{
    [Fact]
    public void An_item_made_for_one_site_is_not_served_for_another()
    {
        var paper = CitationCases.Paper("kept", "A paper", ["Ada Lovelace"], new DateOnly(2025, 1, 2));
        var rendered = new RenderedPaper(paper, "<p>The write-up</p>", "The summary", PaperDigest.Indexing.TermCounts.Empty, PaperDigest.Search.SearchTerms.Empty);
        var first = CitationCases.Site;
        var second = first with { BaseUrl = new Uri("https://elsewhere.example/") };

        // Without shared item HTML: made each time.
        Assert.NotSame(FeedContent.Html(first, rendered, summaryOnly: true), FeedContent.Html(first, rendered, summaryOnly: true));

        var items = new FeedItemHtml(first, papers: 1);
        var summary = FeedContent.Html(first, rendered, summaryOnly: true, items);
        Assert.Same(summary, FeedContent.Html(first, rendered, summaryOnly: true, items));
        Assert.Equal(FeedContent.Html(first, rendered, summaryOnly: true), summary);
        Assert.Contains(first.AbsoluteUrl(paper.Path), summary, StringComparison.Ordinal);

        var full = FeedContent.Html(first, rendered, items: items);
        Assert.Same(full, FeedContent.Html(first, rendered, items: items));
        Assert.Contains("<p>The write-up</p>", full, StringComparison.Ordinal);
        Assert.DoesNotContain(FeedContent.ReadMore, full, StringComparison.Ordinal);

        var moved = FeedContent.Html(second, rendered, summaryOnly: true, items);
        Assert.Contains("https://elsewhere.example/", moved, StringComparison.Ordinal);
        Assert.DoesNotContain(first.BaseUrl.Host, moved, StringComparison.Ordinal);
        Assert.Contains("<p>The write-up</p>", FeedContent.Html(second, rendered, items: items), StringComparison.Ordinal);
        Assert.NotSame(FeedContent.Html(second, rendered, items: items), FeedContent.Html(second, rendered, items: items));
    }
}
