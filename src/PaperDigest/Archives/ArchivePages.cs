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
internal sealed class ArchivePages : IEmitter
{
    public SiteFacts Adds => SiteFacts.Pages;

    public SiteFacts Reads => SiteFacts.None;

    public EmitCount Emit(EmitContext context)
    {
        var model = context.Model;
        var views = context.Views;
        // The link to each week and month, made once: the pages within them refer to them over and over.
        var weekLinks = model.Weeks.ToDictionary(w => w, w => Link(views, w));
        var monthLinks = model.Months.ToDictionary(m => m, m => Link(views, m));
        var weekOf = model.Weeks.SelectMany(w => w.Days.Select(d => (d.Date, Week: w))).ToDictionary(x => x.Date, x => x.Week);
        var monthOf = model.Months.SelectMany(m => m.Days.Select(d => (d.Date, Month: m))).ToDictionary(x => x.Date, x => x.Month);
        IEnumerable<DigestMonth> MonthsOf(DigestWeek week) => week.Days.Select(d => monthOf[d.Date]).Distinct();

        Periods(context, model.Days, "day",
            d => d.Path, PeriodTitles.Day, d => "Digest day", d => [d],
            d => [weekLinks[weekOf[d.Date]], monthLinks[monthOf[d.Date]]]);
        Periods(context, model.Weeks, "week",
            w => w.Path, PeriodTitles.Week, w => string.Create(CultureInfo.InvariantCulture, $"Week {w.Week} of {w.Year}"), w => w.Days,
            w => [.. MonthsOf(w).Select(m => monthLinks[m])],
            w => page => page with
            {
                Newsletter = new NavLinkView("the weekly e-mail", views.Config.Link(WeeklyNewsletter.HtmlPath(w))),
                NewsletterText = new NavLinkView("plain text", views.Config.Link(WeeklyNewsletter.TextPath(w))),
            });
        IReadOnlyList<NavLinkView> archive = [new NavLinkView("Archive", views.Config.Link("/archive/"))];
        Periods(context, model.Months, "month",
            m => m.Path, PeriodTitles.Month, m => "Month", m => m.Days,
            _ => archive);

        // The weeks with a day in each month, in the digest's order.
        var weeksOf = model.Months.ToDictionary(m => m, _ => new List<NavLinkView>());
        foreach (var week in model.Weeks)
        {
            foreach (var month in MonthsOf(week))
            {
                weeksOf[month].Add(weekLinks[week]);
            }
        }

        // The index shows every month with its count and its weeks.
        var newest = model.Papers.Length > 0 ? model.Papers[0].Paper.Date : (DateOnly?)null;
        var years = model.Months
            .GroupBy(m => m.Year)
            .Select(y => new ArchiveYearView(y.Key, y.Sum(m => m.PaperCount), [.. y.Select(m => new ArchiveMonthView(
                monthLinks[m].Title,
                monthLinks[m].Url,
                m.PaperCount,
                weeksOf[m]))]))
            .ToList();
        var index = new ArchiveIndexView(views.Site, years, model.Papers.Length);
        context.Output.Page("/archive/", "archive", index,
            views.Meta("Archive", $"Every month of {views.Config.Title}, with the number of papers in each.", "/archive/", "archive"), newest);

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
        Func<T, Func<ArchivePageInput, ArchivePageInput>>? extra = null)
    {
        var config = context.Views.Config;
        // Each title and path appears on three pages (the period's and its neighbours'): made once.
        var titles = periods.Select(title).ToArray();
        var paths = periods.Select(path).ToArray();
        Parallel.For(0, periods.Count, i =>
        {
            var period = periods[i];
            var periodDays = days(period);
            var (newer, older) = (i > 0 ? i - 1 : -1, i < periods.Count - 1 ? i + 1 : -1);
            var input = new ArchivePageInput(
                template,
                titles[i],
                eyebrow(period),
                paths[i],
                periodDays,
                newer >= 0 ? new NavLinkView(titles[newer], config.Link(paths[newer])) : null,
                older >= 0 ? new NavLinkView(titles[older], config.Link(paths[older])) : null,
                within(period));
            input = extra is null ? input : extra(period)(input);
            context.Output.Page(paths[i], template, input, Make, periodDays[0].Date);
        });
    }

    private static PageContent Make(ViewFactory views, ArchivePageInput input)
    {
        var view = new ArchivePageView(
            views.Site,
            input.Title,
            input.Eyebrow,
            [.. input.Days.Select(views.Day)],
            input.Days.Sum(d => d.Papers.Length),
            input.Newer,
            input.Older,
            input.Within,
            input.Template != "day",
            input.Newsletter,
            input.NewsletterText);
        var description = $"The papers of {views.Config.Title} for {input.Title}.";
        return new PageContent(view, views.Meta(input.Title, description, input.Path, input.Template));
    }

    private static NavLinkView Link(ViewFactory views, DigestWeek week) => new(PeriodTitles.Week(week), views.Config.Link(week.Path));

    private static NavLinkView Link(ViewFactory views, DigestMonth month) => new(PeriodTitles.Month(month), views.Config.Link(month.Path));
}
