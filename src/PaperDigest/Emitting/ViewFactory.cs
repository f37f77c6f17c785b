using System.Globalization;
using PaperDigest.Content;
using PaperDigest.Indexing;
using PaperDigest.Rendering;
using PaperDigest.Theming.Views;

namespace PaperDigest.Emitting;

/// <summary>Builds the small view-model records templates receive; the theme never sees domain objects.</summary>
internal sealed class ViewFactory
{
    /// <summary>Digests up to this size keep every paper's card for the whole build (about 1 KB each); larger ones make a card each time one is shown.</summary>
    public const int KeptCardsUpTo = 50_000;

    private readonly SiteModel model;
    private readonly Dictionary<string, Tag> tags;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RenderedPaper, PaperCardView>? cards;

    public ViewFactory(SiteModel model, bool hasFavicon)
    {
        cards = model.Papers.Length <= KeptCardsUpTo ? new(ReferenceEqualityComparer.Instance) : null;
        this.model = model;
        tags = model.Tags.ToDictionary(t => t.Tag.Slug, t => t.Tag, StringComparer.Ordinal);
        var site = model.Site;
        Site = new SiteView(
            site.Title,
            site.Description,
            site.Language,
            site.Link("/"),
            site.Link("/tags/"),
            site.Link("/archive/"),
            site.Link(Feeds.FeedPaths.ForSite(Feeds.FeedFormat.Rss)),
            site.Link("/feeds/"),
            hasFavicon ? site.Link("/favicon.svg") : null,
            [.. model.Pages.Select(p => new NavLinkView(p.Page.Title, site.Link(p.Page.Path)))],
            site.Editors,
            site.Link(Search.SearchPage.SitePath));
    }

    public SiteView Site { get; }

    public SiteConfig Config => model.Site;

    public static string DateText(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// "A, B, … +N" as on paper lists: up to three authors in full, else the first two and how many more; an
    /// incomplete list ends in "et al." instead of a count (<c>A, B, C, et al.</c>, or <c>A, B, et al.</c> for more).
    /// </summary>
    public static string ShortAuthors(AuthorList authors)
    {
        var names = authors.Names;
        return names.Length switch
        {
            0 => "",
            <= 3 => authors.Joined(names),
            _ when authors.Incomplete => authors.Joined([names[0], names[1]]),
            _ => $"{names[0]}, {names[1]}, … +{(names.Length - 2).ToString(CultureInfo.InvariantCulture)}",
        };
    }

    /// <summary>A paper's card, made once and shown on every page that lists the paper.</summary>
    public PaperCardView Card(RenderedPaper rendered) => cards?.GetOrAdd(rendered, NewCard) ?? NewCard(rendered);

    /// <summary>Whether each paper's card is one instance for the whole build, so that its key can be made once.</summary>
    public bool KeepsCards => cards is not null;

    private PaperCardView NewCard(RenderedPaper rendered)
    {
        var paper = rendered.Paper;
        return new PaperCardView(
            paper.Slug,
            paper.Title,
            Config.Link(paper.Path),
            paper.Authors.Names,
            ShortAuthors(paper.Authors),
            paper.Authors.Incomplete && !paper.Authors.IsEmpty,
            [.. paper.Tags.Select(Chip)],
            rendered.Summary,
            paper.Tldr,
            paper.Arxiv,
            paper.ArxivAbsUrl,
            paper.PdfUrl,
            paper.Links.Code?.AbsoluteUri,
            paper.Links.Project?.AbsoluteUri,
            paper.Links.Data?.AbsoluteUri,
            paper.Venue?.Text,
            paper.Featured,
            paper.Draft,
            Iso(paper.Date),
            DateText(paper.Date),
            Config.Link($"/days/{Iso(paper.Date)}/"),
            Citations.Coins.Title(paper, Config),
            paper.Scheduled);
    }

    /// <summary>The page of paper <paramref name="i"/> (in digest order), with its neighbours, related papers and BibTeX.</summary>
    public PaperPageView PaperPage(int i, string bibtex)
    {
        var papers = model.Papers;
        var rendered = papers[i];
        var paper = rendered.Paper;
        var newer = i > 0 ? papers[i - 1].Paper : null;
        var older = i < papers.Length - 1 ? papers[i + 1].Paper : null;
        return new PaperPageView(
            Site,
            Card(rendered),
            new Theming.TrustedHtml(rendered.Html),
            paper.Published is { } published ? Iso(published) : null,
            paper.Published is { } p ? DateText(p) : null,
            paper.Doi,
            paper.DoiUrl,
            newer is null ? null : new NavLinkView(newer.Title, Config.Link(newer.Path)),
            older is null ? null : new NavLinkView(older.Title, Config.Link(older.Path)),
            [.. model.Related[i].Select(j => Card(papers[j]))],
            bibtex,
            Config.Link(paper.Path + "cite.bib"),
            Config.Link(paper.Path + "cite.ris"),
            [.. paper.Authors.Select(a => new AuthorView(a.Name, a.Orcid, a.OrcidUrl, a.Url?.AbsoluteUri))]);
    }

    /// <summary>Page <paramref name="number"/> of <paramref name="total"/> of a tag, and its head, which announces the tag's own feeds first.</summary>
    public (TagPageView View, PageMeta Meta) TagPage(TagListing listing, TagSummaryView summary, IReadOnlyList<RenderedPaper> papers, int number, int total)
    {
        var view = new TagPageView(Site, summary, [.. papers.Select(Card)], Pagination(number, total, n => Pages.Paginator.PagePath(listing.Path, n)));
        var title = number == 1 ? summary.Name : $"{summary.Name}, page {number}";
        var description = string.IsNullOrEmpty(summary.Description) ? $"Papers tagged {summary.Name}." : summary.Description;
        var meta = Meta(title, description, Pages.Paginator.PagePath(listing.Path, number), "tag");
        // Readers subscribe to the first feed a page announces.
        return (view, meta with { Feeds = [.. FeedLinks(listing.Path, $"{Config.Title}: {summary.Name}"), .. meta.Feeds] });
    }

    public TagChipView Chip(string slug) => new(slug, tags[slug].Name, Config.Link($"/tags/{slug}/"));

    public DayView Day(DigestDay day) =>
        new(Iso(day.Date), day.Date.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture), Config.Link(day.Path), [.. day.Papers.Select(Card)]);

    public TagSummaryView TagSummary(TagListing listing) => new(
        listing.Tag.Slug,
        listing.Tag.Name,
        listing.Tag.Description,
        Config.Link(listing.Path),
        Config.Link(Feeds.FeedPaths.For(listing.Path, Feeds.FeedFormat.Rss)),
        listing.Papers.Length);

    /// <summary>A page's head, advertising the site feed, with OpenGraph tags of a web page.</summary>
    public PageMeta Meta(string title, string? description, string sitePath, string kind)
    {
        var text = string.IsNullOrEmpty(description) ? Config.Description : description;
        return new PageMeta(
            title == Config.Title ? title : $"{title} · {Config.Title}",
            text,
            Config.AbsoluteUrl(sitePath),
            kind,
            FeedLinks("/", Config.Title),
            [
                HeadMetaView.WithProperty("og:type", "website"),
                HeadMetaView.WithProperty("og:site_name", Config.Title),
                HeadMetaView.WithProperty("og:title", title),
                HeadMetaView.WithProperty("og:url", Config.AbsoluteUrl(sitePath)),
                HeadMetaView.WithProperty("og:description", text),
                HeadMetaView.Named("twitter:card", "summary"),
            ]);
    }

    /// <summary>The feeds that follow a page (<c>/</c> or <c>/tags/x/</c>), one per format: "Name (RSS)", "Name (Atom)"...</summary>
    public IReadOnlyList<FeedLinkView> FeedLinks(string pagePath, string name) =>
        [.. Feeds.FeedPaths.Formats.Select(f => new FeedLinkView(
            $"{name} ({Feeds.FeedPaths.Label(f)})", Config.Link(Feeds.FeedPaths.For(pagePath, f)), Feeds.FeedPaths.MediaType(f)))];

    /// <summary>
    /// A paper page's head: Google Scholar (Highwire) <c>citation_*</c> tags, OpenGraph and Twitter card tags,
    /// and schema.org ScholarlyArticle JSON-LD.
    /// </summary>
    public PageMeta PaperMeta(RenderedPaper rendered)
    {
        var paper = rendered.Paper;
        var basic = Meta(paper.Title, rendered.Summary, paper.Path, "paper");
        var tagNames = TagNames(paper);
        IReadOnlyList<HeadMetaView> meta =
        [
            .. Citations.HighwireMeta.Tags(paper, Config).Select(m => HeadMetaView.Named(m.Name, m.Content)),
            .. Citations.OpenGraph.Tags(paper, Config, rendered.Summary, tagNames).Select(m => HeadMetaView.WithProperty(m.Name, m.Content)),
            .. Citations.TwitterCard.Tags(paper, rendered.Summary).Select(m => HeadMetaView.Named(m.Name, m.Content)),
        ];
        return basic with
        {
            Meta = meta,
            JsonLd = new Theming.TrustedHtml(Citations.ScholarlyArticleJsonLd.Write(paper, Config, rendered.Summary, tagNames)),
        };
    }

    /// <summary>The display names of a paper's tags, in the paper's order.</summary>
    public IReadOnlyList<string> TagNames(Paper paper) => [.. paper.Tags.Select(t => tags[t].Name)];

    /// <summary>Page <paramref name="current"/> of <paramref name="total"/>, with links made by <paramref name="pathOf"/>.</summary>
    public PaginationView Pagination(int current, int total, Func<int, string> pathOf) => new(
        current,
        total,
        current > 1 ? Config.Link(pathOf(current - 1)) : null,
        current < total ? Config.Link(pathOf(current + 1)) : null,
        [.. Pages.Paginator.Links(current, total).Select(n => n is { } page ? new PageLinkView(page, Config.Link(pathOf(page)), page == current) : PageLinkView.Gap)]);
}
