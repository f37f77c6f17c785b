using System.Globalization;
using PaperDigest.Emitting;
using PaperDigest.Indexing;
using PaperDigest.Newsletter;
using PaperDigest.Theming.Views;

namespace PaperDigest.Archives;

/// <summary>
/// <c>/days/YYYY-MM-DD/</c>, <c>/weeks/YYYY-Www/</c>, <c>/months/YYYY-MM/</c> with newer / older links between
/// periods that have papers, and <c>/archive/</c> listing every month with its count.
/// </summary>
public sealed class ArchivePages : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var model = context.Model;
        var views = context.Views;
        var weekOf = model.Weeks.SelectMany(w => w.Days.Select(d => (d.Date, Week: w))).ToDictionary(x => x.Date, x => x.Week);
        var monthOf = model.Months.SelectMany(m => m.Days.Select(d => (d.Date, Month: m))).ToDictionary(x => x.Date, x => x.Month);

        Periods(context, model.Days, "day",
            d => d.Path, PeriodTitles.Day, d => "Digest day", d => [d],
            d => [Link(views, weekOf[d.Date]), Link(views, monthOf[d.Date])]);
        Periods(context, model.Weeks, "week",
            w => w.Path, PeriodTitles.Week, w => string.Create(CultureInfo.InvariantCulture, $"Week {w.Week} of {w.Year}"), w => w.Days,
            w => [.. w.Days.Select(d => monthOf[d.Date]).Distinct().Select(m => Link(views, m))],
            w => view => view with
            {
                Newsletter = new NavLinkView("the weekly e-mail", views.Config.Link(WeeklyNewsletter.HtmlPath(w))),
                NewsletterText = new NavLinkView("plain text", views.Config.Link(WeeklyNewsletter.TextPath(w))),
            });
        Periods(context, model.Months, "month",
            m => m.Path, PeriodTitles.Month, m => "Month", m => m.Days,
            _ => [new NavLinkView("Archive", views.Config.Link("/archive/"))]);

        var years = model.Months
            .GroupBy(m => m.Year)
            .Select(y => new ArchiveYearView(y.Key, y.Sum(m => m.PaperCount), [.. y.Select(m => new ArchiveMonthView(
                PeriodTitles.Month(m),
                views.Config.Link(m.Path),
                m.PaperCount,
                [.. model.Weeks.Where(w => w.Days.Any(d => d.Date.Year == m.Year && d.Date.Month == m.Month)).Select(w => Link(views, w))]))]))
            .ToList();
        var index = new ArchiveIndexView(views.Site, years, model.Papers.Length);
        context.Output.WritePage("/archive/", context.Theme.RenderPage("archive", index, views.Site,
            views.Meta("Archive", $"Every month of {views.Config.Title}, with the number of papers in each.", "/archive/", "archive")),
            model.Papers.Length > 0 ? model.Papers[0].Paper.Date : null);

        return new EmitCount(model.Days.Length + model.Weeks.Length + model.Months.Length + 1, 0);
    }

    /// <summary>Writes one page per period; <paramref name="periods"/> is newest first.</summary>
    private static void Periods<T>(
        EmitContext context,
        IReadOnlyList<T> periods,
        string template,
        Func<T, string> path,
        Func<T, string> title,
        Func<T, string> eyebrow,
        Func<T, IReadOnlyList<DigestDay>> days,
        Func<T, IReadOnlyList<NavLinkView>> within,
        Func<T, Func<ArchivePageView, ArchivePageView>>? extra = null)
    {
        var views = context.Views;
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            var periodDays = days(period);
            var key = context.Keys.For(template).Add(path(period)).Add(title(period))
                .Add(i > 0 ? title(periods[i - 1]) : null).Add(i > 0 ? path(periods[i - 1]) : null)
                .Add(i < periods.Count - 1 ? title(periods[i + 1]) : null).Add(i < periods.Count - 1 ? path(periods[i + 1]) : null);
            foreach (var link in within(period))
            {
                key.Add(link.Title).Add(link.Url);
            }

            foreach (var day in periodDays)
            {
                context.Keys.Add(key.Add(day.Date.DayNumber), day.Papers);
            }

            var fingerprint = key.Build();
            if (context.Output.KeepPage(path(period), fingerprint, periodDays[0].Date))
            {
                continue;
            }

            var view = new ArchivePageView(
                views.Site,
                title(period),
                eyebrow(period),
                [.. periodDays.Select(views.Day)],
                periodDays.Sum(d => d.Papers.Length),
                i > 0 ? new NavLinkView(title(periods[i - 1]), views.Config.Link(path(periods[i - 1]))) : null,
                i < periods.Count - 1 ? new NavLinkView(title(periods[i + 1]), views.Config.Link(path(periods[i + 1]))) : null,
                within(period),
                template != "day");
            view = extra is null ? view : extra(period)(view);
            var description = $"The papers of {views.Config.Title} for {title(period)}.";
            context.Output.WritePage(path(period), context.Theme.RenderPage(template, view, views.Site,
                views.Meta(title(period), description, path(period), template)), periodDays[0].Date, key: fingerprint);
        }
    }

    private static NavLinkView Link(ViewFactory views, DigestWeek week) => new(PeriodTitles.Week(week), views.Config.Link(week.Path));

    private static NavLinkView Link(ViewFactory views, DigestMonth month) => new(PeriodTitles.Month(month), views.Config.Link(month.Path));
}
