namespace PaperDigest.Tests.Incremental;

/// <summary>The kinds of change an editor (or the passing of time) makes to a digest between two builds.</summary>
internal enum EditKind
{
    /// <summary>A paragraph of an entry's write-up added, rewritten or taken out, or a link to another page added.</summary>
    WriteUp,

    Title,

    /// <summary>An entry's tags, now and then one that no entry had before.</summary>
    Tags,

    /// <summary>An entry's digest day: another past day, a day after the build's (scheduled) or back.</summary>
    Date,

    /// <summary><c>draft: true</c> put in or taken out.</summary>
    Draft,

    DeleteEntry,

    AddEntry,

    /// <summary>An entry's file moved to another name or year folder, its content unchanged.</summary>
    RenameFile,

    /// <summary>An author added, taken out or moved; <c>others</c> put at the end of the list or taken off it; the list given or taken away.</summary>
    Authors,

    /// <summary>The venue as text, as a mapping, or none.</summary>
    Venue,

    /// <summary>The <c>links:</c> (code, pdf, project, data) added, changed or taken out.</summary>
    Links,

    /// <summary>An arXiv id given to an entry without one, its version changed, or taken away.</summary>
    Arxiv,

    Doi,

    /// <summary>The paper's own first date (<c>published:</c>).</summary>
    Published,

    /// <summary>An explicit <c>slug:</c> given or taken away, which moves the paper's page.</summary>
    Slug,

    Featured,

    Aliases,

    Tldr,

    /// <summary>site.yml: title, description, base_url, page_size, feed_items or editors.</summary>
    SiteConfig,

    /// <summary>tags.yml: a tag's name or description, a tag added, or an unused one taken out.</summary>
    TagRegistry,

    /// <summary>authors.yml: a person added for a name entries use (with an ORCID iD, homepage and alias), a homepage changed, or a person taken out.</summary>
    AuthorRegistry,

    /// <summary>A free page in pages/ added, edited or deleted.</summary>
    FreePage,

    /// <summary>A file in static/ added, changed or deleted (the favicon too).</summary>
    StaticFile,

    /// <summary>A page template or the layout of the theme.</summary>
    Template,

    Partial,

    /// <summary>The theme's stylesheet or script.</summary>
    Asset,

    /// <summary>The day of the build moved forward.</summary>
    Day,
}
