using System.Globalization;
using PaperDigest.Emitting;
using PaperDigest.Indexing;
using PaperDigest.Rendering;
using PaperDigest.Theming.Views;

namespace PaperDigest.Newsletter;

/// <summary>
/// A weekly e-mail for each ISO week with papers: <c>/newsletter/YYYY-Www.html</c> (e-mail-safe HTML from
/// <c>templates/newsletter.sbn-html</c>) and <c>/newsletter/YYYY-Www.txt</c> (its plain-text alternative), ready for
/// an editor or a feed-to-mail service to send. No server is involved.
/// </summary>
internal sealed class WeeklyNewsletter : IEmitter
{
    public static string HtmlPath(DigestWeek week) => $"/newsletter/{week.Key}.html";

    public static string TextPath(DigestWeek week) => $"/newsletter/{week.Key}.txt";

    public EmitCount Emit(EmitContext context)
    {
        var site = context.Model.Site;
        var output = context.Output;
        Parallel.ForEach(context.Model.Weeks, week =>
        {
            // The site's stamp covers the site's title, address and language, the tag names and the template.
            var key = context.Keys.For("newsletter").Add(week.Key);
            foreach (var day in week.Days)
            {
                context.Keys.Add(key.Add(day.Date.DayNumber), day.Papers);
            }

            var fingerprint = key.Build();
            var (htmlPath, textPath) = (HtmlPath(week).TrimStart('/'), TextPath(week).TrimStart('/'));
            var keepHtml = output.Keep(htmlPath, fingerprint);
            var keepText = output.Keep(textPath, fingerprint);
            if (keepHtml && keepText)
            {
                return;
            }

            var view = View(context, week);
            if (!keepHtml)
            {
                var html = context.Theme.Render("newsletter", view);
                // Kept with the file in the build cache, so the Content-Security-Policy still allows them when the file is kept.
                var styles = Hosting.ContentSecurityPolicy.InlineStyles(html).Distinct(StringComparer.Ordinal).ToArray();
                output.WriteText(htmlPath, html, fingerprint, styles);
            }

            if (!keepText)
            {
                output.WriteText(textPath, NewsletterText.Write(view), fingerprint);
            }
        });

        return new EmitCount(context.Model.Weeks.Length, 0);

        NewsletterItemView Item(RenderedPaper rendered)
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
