using System.Globalization;
using PaperDigest.Content;
using PaperDigest.Feeds;
using PaperDigest.Indexing;
using PaperDigest.Pages;
using PaperDigest.Rendering;
using PaperDigest.Theming.Views;

namespace PaperDigest.Emitting;

/// <summary>Builds the small view-model records templates receive; the theme never sees domain objects.</summary>
internal sealed class ViewFactory
{
    /// <summary>Digests up to this size keep every paper's card for the whole build (about 1 KB each); larger ones make a card each time one is shown.</summary>
    public const int KeptCardsUpTo = 50_000;

    private readonly Dictionary<string, Tag> tags;
    private readonly AuthorRegistry authors;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ShownPaper, PaperCardView>? cards;

    private readonly Incremental.Fingerprint socialFont;

    /// <param name="keepCards">Whether each paper's card is made once and kept for the build (see <see cref="KeptCardsUpTo"/>).</param>
    /// <param name="socialFont">The identity of the theme's social card font, which names the cards.</param>
    public ViewFactory(ViewContext context, bool keepCards, Incremental.Fingerprint socialFont = default)
    {
        Context = context;
        this.socialFont = socialFont;
        SiteImage = SocialCards.SocialCardSet.Site(context.Config, socialFont).Image(context.Config);
        cards = keepCards ? new(ReferenceEqualityComparer.Instance) : null;
        tags = context.Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        authors = context.Authors.IsEmpty ? AuthorRegistry.Empty : new AuthorRegistry(context.Authors);
    }

    /// <summary>The factory of a site's views.</summary>
    public static ViewFactory For(SiteModel model, bool hasFavicon, Incremental.Fingerprint socialFont = default)
    {
        var site = model.Site;
        var view = new SiteView(
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
            site.Link(Search.SearchPage.SitePath),
            site.Link("/authors/"));
        var context = new ViewContext(site, view, [.. model.Tags.Select(t => t.Tag)]) { Authors = model.AuthorRegistry.People };
        return new ViewFactory(context, model.Papers.Length <= KeptCardsUpTo, socialFont);
    }

    /// <summary>The site's social card: the image of every page without one of its own.</summary>
    public SocialCards.SocialImage SiteImage { get; }

    /// <summary>The image a paper's page is shared with: its first figure, else its own card if the site draws them, else the site's.</summary>
    public SocialCards.SocialImage PaperImage(ShownPaper rendered) => OwnImage(rendered) ?? SiteImage;

    /// <summary>The paper's own image (its first figure fitted to 1200×630, or its own card), or null.</summary>
    private SocialCards.SocialImage? OwnImage(ShownPaper rendered)
    {
        if (!rendered.Figures.IsEmpty)
        {
            var figure = rendered.Figures[0];
            var social = Figures.FigureRenditions.For(rendered.Paper.Slug, figure, first: true).Social!;
            return new SocialCards.SocialImage(Config.AbsoluteUrl(social.Path), social.Width, social.Height, figure.Figure.Alt);
        }

        return SocialCards.SocialCardSet.Paper(Config, rendered, socialFont)?.Image(Config);
    }

    /// <summary>All this factory's views are made with besides their own input.</summary>
    public ViewContext Context { get; }

    public SiteView Site => Context.Site;

    public SiteConfig Config => Context.Config;

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
    public PaperCardView Card(ShownPaper rendered) => cards?.GetOrAdd(rendered, NewCard) ?? NewCard(rendered);

    /// <summary>Whether each paper's card is one instance for the whole build, so that it is read once to tell whether the pages listing it changed.</summary>
    public bool KeepsCards => cards is not null;

    private PaperCardView NewCard(ShownPaper rendered)
    {
        var paper = rendered.Paper;
        var (shortList, more) = ShortAuthorLinks(paper.Authors);
        return new PaperCardView(
            paper.Slug,
            paper.Title,
            Config.Link(paper.Path),
            paper.Authors.Names,
            ShortAuthors(paper.Authors),
            paper.Authors.Incomplete && !paper.Authors.IsEmpty,
            shortList,
            more,
            [.. paper.Tags.Select(Chip)],
            rendered.Summary,
            paper.Tldr is null ? null : rendered.Summary,
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
            paper.Scheduled,
            rendered.Figures.IsEmpty ? null : Figure(paper.Slug, rendered.Figures[0], card: true));
    }

    /// <summary>A figure at card or page size, as a picture with its fallback.</summary>
    private FigureView Figure(string slug, Figures.FigureImage image, bool card)
    {
        var made = Figures.FigureRenditions.For(slug, image, first: false);
        var (webp, fallback) = card ? (made.CardWebp, made.CardFallback) : (made.PageWebp, made.PageFallback);
        return new FigureView(image.Figure.Alt, image.Figure.Caption, Config.Link(webp.Path), Config.Link(fallback.Path), fallback.MediaType, webp.Width, webp.Height);
    }

    /// <summary>A paper's page, with its neighbours, related papers and BibTeX, and its head.</summary>
    public PageContent PaperPage(PaperPageInput input)
    {
        var rendered = input.Paper;
        var paper = rendered.Paper;
        var bibtex = Citations.BibTexWriter.Write(paper, Config);
        var view = new PaperPageView(
            Site,
            Card(rendered),
            new Theming.TrustedHtml(rendered.Html),
            paper.Published is { } published ? Iso(published) : null,
            paper.Published is { } p ? DateText(p) : null,
            paper.Doi,
            paper.DoiUrl,
            input.Newer,
            input.Older,
            [.. input.Related.Select(Card)],
            bibtex,
            Config.Link(paper.Path + "cite.bib"),
            Config.Link(paper.Path + "cite.ris"),
            [.. paper.Authors.Select(a => new AuthorView(a.Name, a.Orcid, a.OrcidUrl, a.Url?.AbsoluteUri, AuthorUrl(a)))],
            [.. rendered.Figures.Select(f => Figure(paper.Slug, f, card: false))]);
        return new PageContent(view, PaperMeta(rendered));
    }

    /// <summary>A page of a tag's listing, and its head, which announces the tag's own feeds first.</summary>
    public PageContent TagPage(TagPageInput input)
    {
        var summary = TagSummary(input.Tag, input.Count);
        var path = input.Tag.Path;
        var view = new TagPageView(Site, summary, [.. input.Papers.Select(Card)], Pagination(input.Number, input.Total, n => Pages.Paginator.PagePath(path, n)),
            Subscribe(path, summary.Name));
        var title = input.Number == 1 ? summary.Name : $"{summary.Name}, page {input.Number}";
        var description = string.IsNullOrEmpty(summary.Description) ? $"Papers tagged {summary.Name}." : summary.Description;
        var meta = Meta(title, description, Pages.Paginator.PagePath(path, input.Number), "tag",
            SocialCards.SocialCardSet.Tag(Config, input.Tag, input.Count, socialFont).Image(Config));
        // Readers subscribe to the first feed a page announces.
        return new PageContent(view, meta with { Feeds = [.. FeedLinks(path, $"{Config.Title}: {summary.Name}"), .. meta.Feeds] });
    }

    /// <summary>A page of an author's listing, and its head, which announces the author's own feeds first.</summary>
    public PageContent AuthorPage(AuthorPageInput input)
    {
        var summary = AuthorSummary(input.Author, input.Count);
        var path = input.Author.Path;
        var feeds = FeedPaths.Formats.Select(f => new FeedLinkView(FeedPaths.Label(f), Config.Link(FeedPaths.For(path, f)), FeedPaths.MediaType(f)));
        var view = new AuthorPageView(Site, summary, [.. input.Papers.Select(Card)], Pagination(input.Number, input.Total, n => Pages.Paginator.PagePath(path, n)), [.. feeds],
            Subscribe(path, summary.Name));
        var title = input.Number == 1 ? summary.Name : $"{summary.Name}, page {input.Number}";
        var description = $"{Plural(input.Count, "paper")} by {summary.Name} in {Config.Title}, newest first.";
        var meta = Meta(title, description, Pages.Paginator.PagePath(path, input.Number), "author");
        return new PageContent(view, meta with
        {
            Feeds = [.. FeedLinks(path, $"{Config.Title}: {summary.Name}"), .. meta.Feeds],
            Meta = [.. meta.Meta.Select(m => m.Property == "og:type" ? HeadMetaView.WithProperty("og:type", "profile") : m)],
        });
    }

    /// <summary>An author's name, links and number of papers, as the author index and the author's pages show them.</summary>
    public AuthorSummaryView AuthorSummary(AuthorProfile author, int count)
    {
        var path = author.Path;
        return new(author.Slug, author.Name, Config.Link(path), Config.Link(FeedPaths.For(path, FeedFormat.Rss)), count, author.Orcid, author.OrcidUrl, author.Url?.AbsoluteUri);
    }

    /// <summary>Link to the page of an entry's author.</summary>
    public string AuthorUrl(Author author) => Config.Link(AuthorProfile.AuthorPath(authors.SlugOf(author)));

    /// <summary>The authors a card names in full, linked, and what follows them; the same names as <see cref="ShortAuthors"/>.</summary>
    private (IReadOnlyList<AuthorLinkView> Links, string More) ShortAuthorLinks(AuthorList list)
    {
        var shown = list.Count <= 3 ? list.Count : 2;
        IReadOnlyList<AuthorLinkView> links = [.. list.Take(shown).Select(a => new AuthorLinkView(a.Name, AuthorUrl(a)))];
        var more = shown == 0 ? ""
            : list.Incomplete ? (shown == 1 ? " " : ", ") + AuthorList.EtAl
            : shown < list.Count ? $", … +{(list.Count - shown).ToString(CultureInfo.InvariantCulture)}"
            : "";
        return (links, more);
    }

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count.ToString(CultureInfo.InvariantCulture)} {word}s";

    public TagChipView Chip(string slug) => new(slug, tags[slug].Name, Config.Link($"/tags/{slug}/"));

    public DayView Day(DigestDay day) =>
        new(Iso(day.Date), day.Date.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture), Config.Link(day.Path), [.. day.Papers.Select(Card)]);

    /// <summary>A tag's name, description, links and number of papers, as the tag index and the tag's pages show it.</summary>
    public TagSummaryView TagSummary(Tag tag, int count)
    {
        var path = tag.Path;
        return new(tag.Slug, tag.Name, tag.Description, Config.Link(path), Config.Link(Feeds.FeedPaths.For(path, Feeds.FeedFormat.Rss)), count);
    }

    /// <summary>A page's head, advertising the site feed, with OpenGraph tags of a web page and its image (the site's card unless given).</summary>
    public PageMeta Meta(string title, string? description, string sitePath, string kind, SocialCards.SocialImage? image = null)
    {
        image ??= SiteImage;
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
                HeadMetaView.WithProperty("og:image", image.Url),
                .. Citations.OpenGraph.ImageDetails(image).Select(m => HeadMetaView.WithProperty(m.Name, m.Content)),
                HeadMetaView.Named("twitter:card", "summary_large_image"),
                .. Citations.TwitterCard.ImageTags(image).Select(m => HeadMetaView.Named(m.Name, m.Content)),
            ]);
    }

    /// <summary>The feeds that follow a page (<c>/</c> or <c>/tags/x/</c>), one per format: "Name (RSS)", "Name (Atom)"...</summary>
    public IReadOnlyList<FeedLinkView> FeedLinks(string pagePath, string name) =>
        [.. Feeds.FeedPaths.Formats.Select(f => new FeedLinkView(
            $"{name} ({Feeds.FeedPaths.Label(f)})", Config.Link(Feeds.FeedPaths.For(pagePath, f)), Feeds.FeedPaths.MediaType(f)))];

    /// <summary>How to follow a page's feeds (<c>/</c>, <c>/tags/x/</c> or <c>/authors/x/</c>): their absolute addresses, and web feed readers' subscribe links for the RSS one.</summary>
    public SubscribeView Subscribe(string pagePath, string name)
    {
        SubscribeFeedView[] feeds = [.. Feeds.FeedPaths.Formats.Select(f => new SubscribeFeedView(
            Feeds.FeedPaths.Label(f), Config.AbsoluteUrl(Feeds.FeedPaths.For(pagePath, f)), Feeds.FeedPaths.MediaType(f)))];
        return new SubscribeView(name, feeds, [.. Feeds.FeedReaders.SubscribeLinks(feeds[0].Url).Select(r => new NavLinkView(r.Name, r.Url))]);
    }

    /// <summary>
    /// A paper page's head: Google Scholar (Highwire) <c>citation_*</c> tags, OpenGraph and Twitter card tags,
    /// and schema.org ScholarlyArticle JSON-LD.
    /// </summary>
    public PageMeta PaperMeta(ShownPaper rendered)
    {
        var paper = rendered.Paper;
        var basic = Meta(paper.Title, rendered.Summary, paper.Path, "paper");
        var tagNames = TagNames(paper);
        var own = OwnImage(rendered);
        var image = own ?? SiteImage;
        IReadOnlyList<HeadMetaView> meta =
        [
            .. Citations.HighwireMeta.Tags(paper, Config).Select(m => HeadMetaView.Named(m.Name, m.Content)),
            .. Citations.OpenGraph.Tags(paper, Config, rendered.Summary, tagNames, image).Select(m => HeadMetaView.WithProperty(m.Name, m.Content)),
            .. Citations.TwitterCard.Tags(paper, rendered.Summary, image).Select(m => HeadMetaView.Named(m.Name, m.Content)),
        ];
        return basic with
        {
            Meta = meta,
            JsonLd = new Theming.TrustedHtml(Citations.ScholarlyArticleJsonLd.Write(paper, Config, rendered.Summary, tagNames, own is null ? null : new Uri(own.Url))),
            HasMath = rendered.Html.HasMath,
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
