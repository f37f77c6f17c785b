using System.Globalization;
using System.Text;

namespace PaperDigest.Benchmarks;

/// <summary>
/// Writes the same generated entries as a minimal Hugo site with the pages PaperDigest also writes: one page per
/// paper, a paginated home page, a tag index, paginated tag pages, and RSS for the home page and every tag.
/// </summary>
internal static class HugoSite
{
    public static string RelativePath(SyntheticEntry entry) => Path.Combine("content", "papers", entry.Arxiv + ".md");

    public static void Write(SyntheticDigest digest, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        // `paginate`/`rssLimit` for Hugo up to 0.127 (Debian ships 0.111); [pagination]/[services.rss] for later ones.
        File.WriteAllText(Path.Combine(folder, "config.toml"), string.Create(CultureInfo.InvariantCulture, $"""
            baseURL = "{SyntheticDigest.BaseUrl}"
            title = "{SyntheticDigest.Title}"
            languageCode = "en"
            paginate = {digest.PageSize}
            rssLimit = {digest.FeedItems}
            disableKinds = ["robotsTXT", "404"]

            [pagination]
            pagerSize = {digest.PageSize}

            [services.rss]
            limit = {digest.FeedItems}

            [taxonomies]
            tag = "tags"

            """));

        foreach (var tag in digest.Tags)
        {
            var path = Path.Combine(folder, "content", "tags", tag.Slug, "_index.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"---\ntitle: \"{tag.Name}\"\ndescription: \"{tag.Description}\"\n---\n");
        }

        Directory.CreateDirectory(Path.Combine(folder, "content", "papers"));
        foreach (var entry in digest.Entries)
        {
            File.WriteAllText(Path.Combine(folder, RelativePath(entry)), Entry(entry));
        }

        foreach (var (name, text) in Layouts)
        {
            var path = Path.Combine(folder, "layouts", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    private static string Entry(SyntheticEntry entry)
    {
        var text = new StringBuilder(4096);
        text.Append("---\n");
        text.Append("title: \"").Append(entry.Title).Append("\"\n");
        text.Append("date: ").Append(entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("tags: [").AppendJoin(", ", entry.Tags).Append("]\n");
        // Custom front matter keys are the page's .Params in Hugo.
        text.Append("authors: [").AppendJoin(", ", entry.Authors.Select(a => $"\"{a}\"")).Append("]\n");
        DigestGenerator.AppendPaperFields(text, entry);
        return text.ToString();
    }

    private static readonly (string Name, string Text)[] Layouts =
    [
        ("_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
            {{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
            <link rel="canonical" href="{{ .Permalink }}">
            {{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}" title="{{ site.Title }}">{{ end }}
            </head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> · <a href="{{ "/tags/" | relURL }}">Tags</a></header>
            <main>{{ block "main" . }}{{ end }}</main>
            <footer>{{ site.Title }}</footer>
            </body>
            </html>
            """),
        ("partials/card.html", """
            <article class="card">
            <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <p>{{ delimit .Params.authors ", " }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
            {{ with .Params.tldr }}<p>{{ . }}</p>{{ end }}
            <p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
            </article>
            """),
        ("index.html", """
            {{ define "main" }}
            <h1>{{ site.Title }}</h1>
            {{ $pager := .Paginate (where site.RegularPages "Section" "papers") }}
            {{ range $pager.Pages }}{{ partial "card.html" . }}{{ end }}
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """),
        ("_default/single.html", """
            {{ define "main" }}
            <article>
            <h1>{{ .Title }}</h1>
            <p>{{ delimit .Params.authors ", " }}</p>
            <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time> · <a href="https://arxiv.org/abs/{{ .Params.arxiv }}">arXiv:{{ .Params.arxiv }}</a>{{ with .Params.venue }} · {{ . }}{{ end }}{{ with .Params.doi }} · <a href="https://doi.org/{{ . }}">doi:{{ . }}</a>{{ end }}</p>
            {{ with .Params.tldr }}<p><strong>{{ . }}</strong></p>{{ end }}
            {{ .Content }}
            <p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
            </article>
            {{ end }}
            """),
        ("_default/list.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ range (.Paginate .Pages).Pages }}{{ partial "card.html" . }}{{ end }}
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """),
        ("_default/term.html", """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ with .Params.description }}<p>{{ . }}</p>{{ end }}
            {{ range (.Paginate .Pages).Pages }}{{ partial "card.html" . }}{{ end }}
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """),
        ("_default/terms.html", """
            {{ define "main" }}
            <h1>Tags</h1>
            <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }}){{ with .Page.Params.description }} {{ . }}{{ end }}</li>{{ end }}</ul>
            {{ end }}
            """),
    ];
}
