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
        var site = context.Model.Site;
        var output = context.Output;
        Parallel.ForEach(context.Model.Weeks, week =>
        {
            var view = View(context, week);
            output.Rendered(HtmlPath(week).TrimStart('/'), "newsletter", view,
                static html => Hosting.ContentSecurityPolicy.InlineStyles(html).Distinct(StringComparer.Ordinal).ToArray());
            output.Text(TextPath(week).TrimStart('/'), view, NewsletterText.Write);
        });

        // Weeks are newest first; a week is finished once the build's day is past its Sunday.
        var finished = context.Model.Weeks
            .Where(week => week.Monday.AddDays(7) <= context.Today)
            .Take(NewsletterFeed.MaxWeeks)
            .Select(week => (View(context, week), week.Monday.AddDays(7)))
            .ToImmutableArray();
        output.TextWithTemplates(NewsletterFeed.Path.TrimStart('/'),
            new NewsletterFeed.Input(site.Title, site.AbsoluteUrl("/"), site.AbsoluteUrl(NewsletterFeed.Path), site.Language, site.TimeZone, finished),
            NewsletterFeed.Write);
        return new EmitCount(context.Model.Weeks.Length, 1);

        NewsletterItemView Item(ShownPaper rendered)
        {
            var paper = rendered.Paper;
            return new NewsletterItemView(
                paper.Title,
                site.AbsoluteUrl(paper.Path),
                ViewFactory.ShortAuthors(paper.Authors),
                paper.Venue?.Text,
                rendered.Summary,
                string.Join(", ", context.Views.TagNames(paper)),
                paper.ArxivAbsUrl,
                paper.PdfUrl,
                paper.Links.Code?.AbsoluteUri);
        }

        NewsletterView View(EmitContext context, DigestWeek week)
        {
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
                [.. week.Days.Select(d => new NewsletterDayView(PeriodTitles.Day(d), [.. d.Papers.Select(Item)]))]);
        }
    }
}
