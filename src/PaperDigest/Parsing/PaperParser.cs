using System.Collections.Immutable;
using System.Globalization;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;
using PaperDigest.Yaml;

namespace PaperDigest.Parsing;

/// <summary>Turns one entry file into a <see cref="Paper"/>, reporting every problem of the file.</summary>
internal static class PaperParser
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "title", "authors", "date", "tags", "arxiv", "doi", "published", "updated", "venue", "tldr",
        "links", "featured", "draft", "slug", "aliases", "figures",
    ];

    public static Paper? Parse(SourceFile file, EntryRules rules, DiagnosticBag diagnostics)
    {
        var front = FrontMatterSplitter.Split(file, diagnostics);
        if (front is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var root = YamlReader.Read(front.Yaml, file.Path, 2, diagnostics);
        if (root is null)
        {
            if (diagnostics.Items.Count(d => d.IsError) == errorsBefore)
            {
                diagnostics.Error(SourceLocation.StartOf(file.Path), DiagnosticCodes.MissingKey,
                    "front matter is empty; an entry needs at least title, authors, date and tags");
            }

            return null;
        }

        if (root is not MappingNode mapping)
        {
            diagnostics.Error(root.Location, DiagnosticCodes.NotAMapping, $"front matter must be key: value pairs, not {root.KindName}");
            return null;
        }

        var fields = new FieldReader(mapping, diagnostics, DiagnosticCodes.WrongType);
        fields.RejectUnknownKeys(Keys.ToHashSet(), "entry front matter");

        var title = fields.Text("title", required: true, maxLength: 500);
        var authors = AuthorParser.Read(fields);

        var date = fields.Date("date", required: true);
        var isDraft = fields.Value("draft") is ScalarNode { IsPlain: true, Value: "true" or "True" or "TRUE" };
        // Scheduled publishing: an entry dated in the future stays out of the site until its day comes (a
        // rebuild on that day publishes it); --drafts previews it. A draft is left out anyway, so no warning.
        var scheduled = date is { } day && day > rules.Today;
        if (scheduled && !rules.AllowFuture && !isDraft)
        {
            diagnostics.Warning(fields.LocationOf("date"), DiagnosticCodes.FutureDate,
                string.Create(CultureInfo.InvariantCulture,
                    $"'date' {date:yyyy-MM-dd} is in the future (today is {rules.Today:yyyy-MM-dd}); the entry is left out until then (build with --drafts to preview it)"));
        }

        var tags = ReadTags(fields, rules.Tags, isDraft, mapping.Location);
        var arxiv = ReadArxiv(fields);
        var doi = ReadDoi(fields);
        var published = fields.Date("published");
        var updated = ReadUpdated(fields, published);
        var venue = VenueParser.Read(fields);
        var tldr = fields.Text("tldr", maxLength: 500);
        var links = ReadLinks(fields);
        var featured = fields.Flag("featured") ?? false;
        var draft = fields.Flag("draft") ?? false;
        var slug = ReadSlug(fields, arxiv, title);
        var aliases = ReadAliases(fields);
        var figures = FigureParser.Read(fields, file.RelativePath);

        if (!draft && Scaffolding.EntryWriter.IsPlaceholder(front.Body))
        {
            diagnostics.Error(new SourceLocation(file.Path, front.BodyLine, 1), DiagnosticCodes.PlaceholderSummary,
                "the entry is published but its summary is still the placeholder 'new' or 'import' wrote; write the summary in the editor's own words, or keep 'draft: true' until it is ready");
        }
        else if (draft && Scaffolding.EntryWriter.IsPlaceholder(front.Body))
        {
            // Said of every draft, as the missing tags are, whether or not the run includes drafts.
            diagnostics.Warning(new SourceLocation(file.Path, front.BodyLine, 1), DiagnosticCodes.PlaceholderSummary,
                "the draft's summary is still the placeholder 'new' or 'import' wrote; replace it with the editor's own words before removing 'draft: true'");
        }

        if (diagnostics.Items.Count(d => d.IsError) > errorsBefore || title is null || date is null || slug is null)
        {
            return null;
        }

        return new Paper(
            file.Path, slug, title, authors, date.Value, tags, arxiv, doi, published,
            venue, tldr, links, featured, draft, [.. aliases.Select(a => a.Text)], front.Body, front.BodyLine,
            new EntryLocations(
                fields.Value("slug") is not null ? fields.LocationOf("slug") : fields.LocationOf(arxiv is null ? "title" : "arxiv"),
                fields.LocationOf("arxiv"),
                fields.LocationOf("doi"),
                [.. aliases.Select(a => a.Location)]) { Authors = fields.LocationOf("authors") })
        {
            Scheduled = scheduled,
            Updated = updated,
            ExplicitSlug = fields.Value("slug") is not null,
            Figures = figures,
        };
    }

    /// <summary>The date of the latest version, which cannot come before the first (<c>published</c>).</summary>
    private static DateOnly? ReadUpdated(FieldReader fields, DateOnly? published)
    {
        var updated = fields.Date("updated");
        if (updated is { } latest && published is { } first && latest < first)
        {
            fields.Error(fields.LocationOf("updated"),
                string.Create(CultureInfo.InvariantCulture,
                    $"'updated' {latest:yyyy-MM-dd} is before 'published' {first:yyyy-MM-dd}; 'updated' is the date of the paper's latest version, 'published' that of its first"),
                DiagnosticCodes.UpdatedBeforePublished);
            return null;
        }

        return updated;
    }

    private static ImmutableArray<string> ReadTags(FieldReader fields, TagRegistry registry, bool isDraft, SourceLocation entryLocation)
    {
        // 'new' may write a draft before the editor has chosen its tags: a reminder, not an error, until it is published.
        if (isDraft && fields.Value("tags") is null or ScalarNode { IsNull: true } or SequenceNode { Items.Length: 0 })
        {
            fields.Diagnostics.Warning(fields.Value("tags")?.Location ?? entryLocation, DiagnosticCodes.DraftWithoutTags,
                "the draft has no tags yet; publishing it needs at least one tag from tags.yml");
            return [];
        }

        var tags = fields.List("tags", required: true, maxLength: 60);
        var known = ImmutableArray.CreateBuilder<string>();
        foreach (var (tag, location) in tags)
        {
            if (!registry.Contains(tag))
            {
                fields.Error(location, $"unknown tag '{tag}'{Suggestions.Hint(tag, registry.Slugs)}; tags must be listed in tags.yml",
                    DiagnosticCodes.UnknownTag);
            }
            else if (known.Contains(tag))
            {
                fields.Error(location, $"tag '{tag}' is listed twice", DiagnosticCodes.RepeatedValue);
            }
            else
            {
                known.Add(tag);
            }
        }

        return known.ToImmutable();
    }

    private static string? ReadArxiv(FieldReader fields)
    {
        var arxiv = fields.Text("arxiv", maxLength: 40);
        if (arxiv is null)
        {
            return null;
        }

        var id = arxiv.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) ? arxiv[6..] : arxiv;
        if (!Identifiers.IsArxivId(id))
        {
            fields.Error(fields.LocationOf("arxiv"),
                $"'{FieldReader.Shorten(arxiv)}' is not an arXiv id; write it as 2309.05153 (optionally with a version, 2309.05153v2) or hep-th/9901001",
                DiagnosticCodes.InvalidArxivId);
            return null;
        }

        return id;
    }

    private static string? ReadDoi(FieldReader fields)
    {
        var text = fields.Text("doi", maxLength: 300);
        if (text is null)
        {
            return null;
        }

        var doi = Identifiers.NormaliseDoi(text);
        if (doi is null)
        {
            fields.Error(fields.LocationOf("doi"), $"'{FieldReader.Shorten(text)}' is not a DOI; a DOI looks like 10.1103/PhysRevE.108.014309",
                DiagnosticCodes.InvalidDoi);
        }

        return doi;
    }

    private static PaperLinks ReadLinks(FieldReader fields)
    {
        var mapping = fields.Mapping("links");
        if (mapping is null)
        {
            return PaperLinks.None;
        }

        var links = new FieldReader(mapping, fields.Diagnostics, DiagnosticCodes.InvalidLink);
        links.RejectUnknownKeys(PaperLinks.Keys.ToHashSet(), "'links' (use pdf, code, project or data)");
        return new PaperLinks(Url(links, "pdf"), Url(links, "code"), Url(links, "project"), Url(links, "data"));
    }

    /// <summary>An absolute http or https URL; anything else (javascript:, relative paths, typos) is refused.</summary>
    internal static Uri? Url(FieldReader fields, string key)
    {
        var text = fields.Text(key, maxLength: 2000);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host) || text.Any(char.IsWhiteSpace))
        {
            fields.Error(fields.LocationOf(key), $"link '{key}' must be an absolute http:// or https:// URL, not '{FieldReader.Shorten(text)}'",
                DiagnosticCodes.InvalidLink);
            return null;
        }

        return uri;
    }

    private static string? ReadSlug(FieldReader fields, string? arxiv, string? title)
    {
        var slug = fields.Text("slug", maxLength: 200);
        if (slug is not null)
        {
            if (!Identifiers.IsSlug(slug))
            {
                fields.Error(fields.LocationOf("slug"),
                    $"slug '{FieldReader.Shorten(slug)}' is not allowed; use lower-case letters, digits, '.' and '-' (at most {Identifiers.MaxSlugLength}), starting with a letter or digit",
                    DiagnosticCodes.InvalidSlug);
                return null;
            }

            return slug;
        }

        return title is null && arxiv is null ? null : Identifiers.DefaultSlug(arxiv, title ?? "");
    }

    private static ImmutableArray<(string Text, SourceLocation Location)> ReadAliases(FieldReader fields)
    {
        var aliases = ImmutableArray.CreateBuilder<(string, SourceLocation)>();
        foreach (var (alias, location) in fields.List("aliases", maxLength: 300))
        {
            if (!Identifiers.IsAlias(alias))
            {
                fields.Error(location,
                    $"alias '{FieldReader.Shorten(alias)}' is not a site path; write it like /old/path/ (no '..', no '\\', no host)",
                    DiagnosticCodes.InvalidAlias);
            }
            else if (Identifiers.ReservedAliasSection(alias) is { } section)
            {
                fields.Error(location,
                    $"alias '{FieldReader.Shorten(alias)}' is inside {section}, which the site itself writes; only old addresses of this paper can be aliases",
                    DiagnosticCodes.InvalidAlias);
            }
            else
            {
                aliases.Add((alias, location));
            }
        }

        return aliases.ToImmutable();
    }
}
