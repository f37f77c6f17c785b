using PaperDigest.Emitting;
using PaperDigest.Feeds;
using PaperDigest.Indexing;
using PaperDigest.Newsletter;
using PaperDigest.Theming.Views;

namespace PaperDigest.Pages;

/// <summary><c>/feeds/</c>: every feed with its tag or author, the OPML files, and the weekly e-mail editions.</summary>
internal sealed class FeedsPage : IEmitter
{
    public SiteFacts Adds => SiteFacts.Pages;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        var config = views.Config;
        var view = new FeedsPageView(
            views.Site,
            views.FeedLinks("/", config.Title),
            [.. context.Model.Tags
                .OrderBy(t => t.Tag.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(t => t.Tag.Slug, StringComparer.Ordinal)
                .Select(t => new TagFeedsView(t.Tag.Name, config.Link(t.Path), t.Papers.Length, FormatLinks(config, t.Path)))],
            config.Link(FeedPaths.Opml),
            [.. context.Model.Authors.Select(a => new AuthorFeedsView(a.Author.Name, config.Link(a.Path), a.Papers.Length, FormatLinks(config, a.Path)))],
            config.Link(FeedPaths.AuthorsOpml),
            [.. context.Model.Weeks.Select(w => new NewsletterLinkView(
                PeriodTitles.Week(w), config.Link(WeeklyNewsletter.HtmlPath(w)), config.Link(WeeklyNewsletter.TextPath(w))))],
            views.Subscribe("/", config.Title),
            config.Link(NewsletterFeed.Path));
        var meta = views.Meta("Feeds", $"Follow {config.Title} in a feed reader: the whole digest, any tag or any author, as RSS, Atom or JSON Feed.", "/feeds/", "feeds");
        context.Output.Page("/feeds/", "feeds", view, meta);
        return new EmitCount(1, 0);
    }

    /// <summary>A tag's feeds labelled by format alone ("RSS", "Atom", "JSON Feed"), as the table's row names the tag.</summary>
    private static IReadOnlyList<FeedLinkView> FormatLinks(Content.SiteConfig config, string pagePath) =>
        [.. FeedPaths.Formats.Select(f => new FeedLinkView(FeedPaths.Label(f), config.Link(FeedPaths.For(pagePath, f)), FeedPaths.MediaType(f)))];
}
