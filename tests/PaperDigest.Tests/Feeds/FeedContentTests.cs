using PaperDigest.Feeds;
using PaperDigest.Rendering;
using PaperDigest.Tests.Citations;

namespace PaperDigest.Tests.Feeds;

/// <summary>A remembered paper's feed item HTML, made once for all feeds: never the HTML of another site or of the other kind of item.</summary>
public sealed class FeedContentTests
{
    [Fact]
    public void An_item_made_for_one_site_is_not_served_for_another()
    {
        var paper = CitationCases.Paper("kept", "A paper", ["Ada Lovelace"], new DateOnly(2025, 1, 2));
        var rendered = new RenderedPaper(paper, "<p>The write-up</p>", "The summary", PaperDigest.Indexing.TermCounts.Empty, PaperDigest.Search.SearchTerms.Empty);
        var first = CitationCases.Site;
        var second = first with { BaseUrl = new Uri("https://elsewhere.example/") };

        // Not remembered: made each time.
        Assert.NotSame(FeedContent.Html(first, rendered, summaryOnly: true), FeedContent.Html(first, rendered, summaryOnly: true));

        FeedContent.Remember(rendered);
        var summary = FeedContent.Html(first, rendered, summaryOnly: true);
        Assert.Same(summary, FeedContent.Html(first, rendered, summaryOnly: true));
        Assert.Contains(first.AbsoluteUrl(paper.Path), summary, StringComparison.Ordinal);

        var full = FeedContent.Html(first, rendered);
        Assert.Contains("<p>The write-up</p>", full, StringComparison.Ordinal);
        Assert.DoesNotContain(FeedContent.ReadMore, full, StringComparison.Ordinal);

        var moved = FeedContent.Html(second, rendered, summaryOnly: true);
        Assert.Contains("https://elsewhere.example/", moved, StringComparison.Ordinal);
        Assert.DoesNotContain(first.BaseUrl.Host, moved, StringComparison.Ordinal);
        Assert.Contains("<p>The write-up</p>", FeedContent.Html(second, rendered), StringComparison.Ordinal);

        FeedContent.Forget(rendered);
        Assert.NotSame(FeedContent.Html(second, rendered), FeedContent.Html(second, rendered));
    }
}
