using PaperDigest.Theming.Views;

namespace PaperDigest.Theming;

/// <summary>
/// What a theme must provide and what each file receives: the layout, one template per page kind, the default
/// theme's partials and the helper functions. The templates see their view's members in snake_case
/// (<c>PaperCardView.AuthorsShort</c> is <c>authors_short</c>); the static check and the theme reference
/// (<c>docs/theme-reference.md</c>) are both read from here.
/// </summary>
internal static class ThemeContract
{
    /// <summary>The extension of every template, partial and layout.</summary>
    public const string Extension = ".sbn-html";

    /// <summary>The layout every page is rendered inside.</summary>
    public static readonly ThemeTemplate Layout = new("layouts/base" + Extension, typeof(LayoutView),
        "Wraps every page: the head, the site header and footer; `content` is the page's rendered template.");

    /// <summary>The templates the build renders, by name; a theme has each of them.</summary>
    public static readonly IReadOnlyList<ThemeTemplate> Templates =
    [
        Page("home", typeof(HomeView), "The latest papers, grouped by day, paginated (`/`, `/page/2/`, …)."),
        Page("paper", typeof(PaperPageView), "A paper's own page, with its write-up, citation and related papers."),
        Page("tags", typeof(TagIndexView), "Every tag with its paper count (`/tags/`)."),
        Page("tag", typeof(TagPageView), "The papers of one tag, paginated, newest first."),
        Page("authors", typeof(AuthorIndexView), "Every author with their paper count (`/authors/`)."),
        Page("author", typeof(AuthorPageView), "The papers of one author, paginated, newest first, with their ORCID iD, homepage and feeds."),
        Page("day", typeof(ArchivePageView), "One day of the digest."),
        Page("week", typeof(ArchivePageView), "One ISO week of the digest."),
        Page("month", typeof(ArchivePageView), "One month of the digest."),
        Page("archive", typeof(ArchiveIndexView), "Every year and month with its paper count (`/archive/`)."),
        Page("feeds", typeof(FeedsPageView), "Every feed of the site, of each tag and author, and the weekly e-mails (`/feeds/`)."),
        Page("newsletter", typeof(NewsletterView), "The weekly e-mail edition, a whole HTML document (no layout)."),
        Page("page", typeof(FreePageView), "A free page from `pages/` (such as About)."),
        Page("search", typeof(SearchPageView), "The search page, filled in the browser by `search.js`."),
        Page("404", typeof(NotFoundView), "The page a host serves for an unknown address."),
    ];

    /// <summary>The default theme's partials and the view each is called with, as <c>{{ partial "card" paper }}</c>.</summary>
    public static readonly IReadOnlyList<ThemeTemplate> Partials =
    [
        new("partials/card" + Extension, typeof(PaperCardView),
            "A paper as a card in a list. `{{ partial \"card\" paper {show_date: true} }}` adds the date, for lists not grouped by day."),
        new("partials/chips" + Extension, typeof(PaperCardView), "A paper's tags as links."),
        new("partials/badges" + Extension, typeof(PaperCardView), "Featured, Draft and Scheduled badges."),
        new("partials/pagination" + Extension, typeof(PaginationView), "Newer/older and numbered page links; nothing when there is one page."),
        new("partials/period" + Extension, typeof(ArchivePageView), "The body shared by the day, week and month templates."),
        new("partials/picture" + Extension, typeof(FigureView),
            "A figure as a `<picture>`: the WebP file, the PNG or JPEG fallback, `width`, `height` and `loading=\"lazy\"`."),
    ];

    /// <summary>
    /// The functions a template may call besides its view: these, and the modules <c>string</c>, <c>array</c>,
    /// <c>math</c> and <c>html</c> of Scriban's built-ins. Nothing that reads the clock, the environment or files.
    /// </summary>
    public static readonly IReadOnlyList<ThemeFunction> Functions =
    [
        new("partial", "partial name model [options]",
            "Renders `partials/<name>` with `model` as its view, and `options` (an object such as `{show_date: true}`) as its `options` variable; returns trusted HTML."),
        new("date", "date iso [format]",
            "Formats a `YYYY-MM-DD` date with a .NET date format (default `d MMMM yyyy`, invariant culture); other text is returned as it is."),
        new("plural", "plural count singular [plural]", "Writes `1 paper` or `3 papers` (the plural defaults to the singular plus `s`)."),
        new("relurl", "relurl path", "A site path with the site's base path in front: `relurl \"/tags/\"`."),
        new("asset", "asset path", "The URL of a file of the theme's `assets/` under its fingerprinted name: `asset \"site.css\"`."),
    ];

    /// <summary>The template a page kind is rendered with, or null when there is none of that name.</summary>
    public static ThemeTemplate? Template(string name) => Templates.FirstOrDefault(t => t.Name == name);

    private static ThemeTemplate Page(string name, Type view, string purpose) => new("templates/" + name + Extension, view, purpose);
}
