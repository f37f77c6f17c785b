using System.Collections.Immutable;
using System.Globalization;
using PaperDigest.Emitting;
using PaperDigest.Indexing;
using PaperDigest.Rendering;
using PaperDigest.Theming.Views;

namespace PaperDigest.Newsletter;

/// <summary>
/// A weekly e-mail for each ISO week with papers: <c>/newsletter/YYYY-Www.html</c> (e-mail-safe HTML from
/// <c>templates/newsletter.sbn-html</c>) and <c>/newsletter/YYYY-Www.txt</c> (its plain-text alternative), ready for
/// an editor or a feed-to-mail service to send, and <c>/newsletter/feed.xml</c> with the finished weeks' editions
/// (<see cref="NewsletterFeed"/>). No server is involved.
/// </summary>
internal sealed class WeeklyNewsletter : IEmitter
{
    public SiteFacts Adds => SiteFacts.InlineStyles;

    public SiteFacts Reads => SiteFacts.None;

    public static string HtmlPath(DigestWeek week) => $"/newsletter/{week.Key}.html";

    public static string TextPath(DigestWeek week) => $"/newsletter/{week.Key}.txt";

    public EmitCount Emit(EmitContext context)
    {
        var output = context.Output;
        // Each file is made from its week and the views' context: an edition is made only for a week that changed.
        Parallel.ForEach(context.Model.Weeks, week =>
        {
            output.Rendered(HtmlPath(week).TrimStart('/'), "newsletter", week, View,
                static html => Hosting.ContentSecurityPolicy.InlineStyles(html).Distinct(StringComparer.Ordinal).ToArray());
            output.Text(TextPath(week).TrimStart('/'), week, static (_, views, week) => NewsletterText.Write(View(views, week)));
        });

        // Weeks are newest first; a week is finished once the build's day is past its Sunday.
        var finished = context.Model.Weeks
            .Where(week => week.Monday.AddDays(7) <= context.Today)
            .Take(NewsletterFeed.MaxWeeks)
            .ToImmutableArray();
        output.Text(NewsletterFeed.Path.TrimStart('/'), finished, static (render, views, weeks) =>
        {
            var site = views.Config;
            return NewsletterFeed.Write(render, new NewsletterFeed.Input(
                site.Title, site.AbsoluteUrl("/"), site.AbsoluteUrl(NewsletterFeed.Path), site.Language, site.TimeZone,
                [.. weeks.Select(week => (View(views, week), week.Monday.AddDays(7)))]));
        });
        return new EmitCount(context.Model.Weeks.Length, 1);
    }

    /// <summary>A week's edition, made from the week and the views' context alone.</summary>
    private static NewsletterView View(ViewFactory views, DigestWeek week)
    {
        var site = views.Config;
        var count = week.PaperCount;
        var title = $"{site.Title}: {PeriodTitles.Week(week)}";
        return new NewsletterView(
            site.Title,
            site.AbsoluteUrl("/"),
            site.Language,
            title,
            string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "paper" : "papers")} this week, newest first."),
            site.AbsoluteUrl(week.Path),
            site.AbsoluteUrl(HtmlPath(week)),
            site.AbsoluteUrl(TextPath(week)),
            site.AbsoluteUrl(Feeds.FeedPaths.ForSite(Feeds.FeedFormat.Rss)),
            count,
            [.. week.Days.Select(d => new NewsletterDayView(PeriodTitles.Day(d), [.. d.Papers.Select(p => Item(views, p))]))]);
    }

    private static NewsletterItemView Item(ViewFactory views, ShownPaper rendered)
    {
        var paper = rendered.Paper;
        var site = views.Config;
        return new NewsletterItemView(
            paper.Title,
            site.AbsoluteUrl(paper.Path),
            ViewFactory.ShortAuthors(paper.Authors),
            paper.Venue?.Text,
            rendered.Summary,
            string.Join(", ", views.TagNames(paper)),
            paper.ArxivAbsUrl,
            paper.PdfUrl,
            paper.Links.Code?.AbsoluteUri);
    }
}
