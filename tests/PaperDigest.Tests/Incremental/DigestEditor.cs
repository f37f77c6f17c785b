using System.Globalization;
using System.Text.RegularExpressions;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// Makes the changes an editor makes to a <see cref="DigestCopy"/>, one <see cref="EditKind"/> at a time, with the
/// details drawn from a seeded <see cref="Random"/>, and says in one line what each did (file, key and new value), so a
/// failing sequence can be read and replayed. Every change keeps the digest buildable: warnings are fine, errors are not.
/// </summary>
internal sealed partial class DigestEditor(DigestCopy digest, Random random)
{
    private static readonly string[] Words =
    [
        "diffusion", "catalysis", "protein", "entropy", "attention", "colloids", "neutrino", "lattice", "memory",
        "energy", "sampling", "surfaces", "forgetting", "replica", "motion", "sequence", "benchmark", "uncertainty",
    ];

    private static readonly string[] Names = ["Ada Lovelace", "Grace Hopper", "Emmy Noether", "Lise Meitner", "Alan Turing", "Hartmut Löwen"];

    private static readonly string[] BaseUrls = ["https://paperdigest.netlify.app", "https://example.org/digest/", "https://digest.example.org/"];

    /// <summary>What a template or partial edit adds, by theme path; each uses members of its view, so a page's key must follow them.</summary>
    private static readonly Dictionary<string, string> Snippets = new(StringComparer.Ordinal)
    {
        ["layouts/base.sbn-html"] = "<p class=\"edit-{0}\">{{{{ site.language }}}} {{{{ page.kind }}}}</p>",
        ["templates/paper.sbn-html"] = "<p class=\"edit-{0}\">{{{{ paper.tldr }}}} {{{{ published_text }}}} {{{{ paper.project_url }}}}</p>",
        ["templates/home.sbn-html"] = "<p class=\"edit-{0}\">{{{{ plural paper_count \"paper\" }}}}</p>",
        ["templates/tag.sbn-html"] = "<p class=\"edit-{0}\">{{{{ tag.description }}}} ({{{{ tag.count }}}})</p>",
        ["templates/newsletter.sbn-html"] = "<p class=\"edit-{0}\" style=\"margin:{0}px;\">{{{{ heading }}}}</p>",
        ["partials/card.sbn-html"] = "{{{{ if project_url }}}}<a class=\"edit-{0}\" href=\"{{{{ project_url }}}}\">Project</a>{{{{ end }}}}<div class=\"edit-{0}\">{{{{ partial \"note\" model }}}}</div>",
        ["partials/chips.sbn-html"] = "<span class=\"edit-{0}\">{{{{ for tag in tags }}}}{{{{ tag.name }}}} {{{{ end }}}}</span>",
    };

    private int serial;

    /// <summary>Makes one change of the given kind and says what it was, or returns null when the digest has nothing it applies to.</summary>
    public string? Apply(EditKind kind) => kind switch
    {
        EditKind.WriteUp => OnEntry(EditWriteUp),
        EditKind.Title => OnEntry(Retitle),
        EditKind.Tags => OnEntry(Retag),
        EditKind.Date => OnEntry(Redate),
        EditKind.Draft => OnEntry(e => SetOrTakeOut(e, "draft", 1, "true")),
        EditKind.DeleteEntry => DeleteEntry(),
        EditKind.AddEntry => AddEntry(),
        EditKind.RenameFile => RenameFile(),
        EditKind.Authors => OnEntry(EditAuthors),
        EditKind.Venue => OnEntry(EditVenue),
        EditKind.Links => OnEntry(EditLinks),
        EditKind.Arxiv => OnEntry(EditArxiv),
        EditKind.Doi => OnEntry(EditDoi),
        EditKind.Published => OnEntry(EditPublished),
        EditKind.Slug => OnEntry(EditSlug),
        EditKind.Featured => OnEntry(e => SetOrTakeOut(e, "featured", 1, "true")),
        EditKind.Aliases => OnEntry(EditAliases),
        EditKind.Tldr => OnEntry(EditTldr),
        EditKind.SiteConfig => EditSiteConfig(),
        EditKind.TagRegistry => EditTagRegistry(),
        EditKind.AuthorRegistry => EditAuthorRegistry(),
        EditKind.FreePage => EditFreePage(),
        EditKind.StaticFile => EditStaticFile(),
        EditKind.Template => EditThemeFile("layouts", "templates"),
        EditKind.Partial => EditThemeFile("partials"),
        EditKind.Asset => EditThemeFile("assets"),
        EditKind.Day => MoveDay(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Makes one change of a random kind that applies.</summary>
    public string ApplyAny()
    {
        var kinds = Enum.GetValues<EditKind>();
        while (true)
        {
            if (Apply(kinds[random.Next(kinds.Length)]) is { } done)
            {
                return done;
            }
        }
    }

    private string Next() => (++serial).ToString(CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(Words)));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Relative(string path) => Path.GetRelativePath(digest.Input, path).Replace('\\', '/');

    /// <summary>Edits the front matter or write-up of a random entry; <paramref name="edit"/> says what it did.</summary>
    private string OnEntry(Func<FrontMatterFile, string> edit)
    {
        var path = Pick(digest.Entries());
        var entry = FrontMatterFile.Read(path);
        var done = edit(entry);
        Write(path, entry.ToString());
        return $"{Relative(path)}: {done}";
    }

    private string Delete(IReadOnlyList<string> files)
    {
        var gone = Pick(files);
        File.Delete(gone);
        return $"{Relative(gone)} deleted";
    }

    /// <summary>Writes a changed file; an edit that changes nothing would test nothing.</summary>
    private static void Write(string path, string text)
    {
        Assert.False(File.Exists(path) && File.ReadAllText(path) == text, $"the edit left {path} as it was");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A site path a write-up may link to: a paper, a page, a static file or a tag, or one that does not exist.</summary>
    private string LinkTarget()
    {
        switch (random.Next(5))
        {
            case 0:
                var entry = FrontMatterFile.Read(Pick(digest.Entries()));
                return $"/papers/{entry.Value("slug") ?? Identifiers.DefaultSlug(Unquote(entry.Value("arxiv")), Unquote(entry.Value("title"))!)}/";
            case 1 when Files("pages") is { Count: > 0 } pages:
                return $"/{Path.GetFileNameWithoutExtension(Pick(pages))}/";
            case 2 when Files("static") is { Count: > 0 } files:
                return "/" + Path.GetRelativePath(Path.Combine(digest.Input, "static"), Pick(files)).Replace('\\', '/');
            case 3:
                return $"/tags/{Pick(RegistryTags())}/";
            default:
                return "/papers/no-such-paper/";
        }
    }

    private string EditSiteConfig()
    {
        var path = Path.Combine(digest.Input, "site.yml");
        var lines = File.ReadAllLines(path).ToList();
        var (key, value) = random.Next(8) switch
        {
            0 => ("title", $"Boundary Layer {Next()}"),
            1 => ("description", $"A digest, edit {Next()}, about {Sentence(4)}."),
            2 => ("base_url", Pick(BaseUrls)),
            3 => ("page_size", random.Next(3, 13).ToString(CultureInfo.InvariantCulture)),
            4 => ("feed_items", random.Next(3, 51).ToString(CultureInfo.InvariantCulture)),
            5 => random.Next(2) == 0 ? ("language", Pick(["en", "en-GB", "de"])) : ("timezone", Pick(["Europe/Berlin", "UTC", "America/New_York"])),
            6 => ("allow_html", lines.Contains("allow_html: true") ? null : "true"),
            _ => ("editors", $"[{string.Join(", ", Names.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))}]"),
        };
        if (lines.Contains($"{key}: {value}"))
        {
            return EditSiteConfig();
        }

        var at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (value is null)
        {
            lines.RemoveAt(at);
        }
        else if (at < 0)
        {
            lines.Add($"{key}: {value}");
        }
        else
        {
            lines[at] = $"{key}: {value}";
        }

        Write(path, string.Join('\n', lines) + "\n");
        return value is null ? $"site.yml: {key} taken out" : $"site.yml: {key}: {value}";
    }

    private string EditTagRegistry()
    {
        var path = Path.Combine(digest.Input, "tags.yml");
        var lines = File.ReadAllLines(path).ToList();
        var n = Next();
        var unused = RegistryTags().Except(UsedTags()).ToList();
        string done;
        switch (random.Next(5))
        {
            case 0 when unused.Count > 0:
                var gone = Pick(unused);
                var start = lines.IndexOf(gone + ":");
                var end = lines.FindIndex(start + 1, l => !l.StartsWith(' '));
                lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
                done = $"unused tag {gone} taken out";
                break;
            case 1:
                lines.AddRange([$"new-topic-{n}:", $"  name: \"New Topic {n}\"", $"  description: \"A tag added in edit {n}.\""]);
                done = $"tag new-topic-{n} added";
                break;
            case 2:
                var mapped = Pick(RegistryTags());
                var arxiv = lines.FindIndex(lines.IndexOf(mapped + ":") + 1, l => !l.StartsWith(' ') || l.StartsWith("  arxiv:", StringComparison.Ordinal));
                if (arxiv >= 0 && lines[arxiv].StartsWith("  arxiv:", StringComparison.Ordinal))
                {
                    lines.RemoveAt(arxiv);
                    done = $"{mapped}.arxiv taken out";
                }
                else
                {
                    lines.Insert(arxiv < 0 ? lines.Count : arxiv, "  arxiv: [cs.LG, stat.ML]");
                    done = $"{mapped}.arxiv: [cs.LG, stat.ML]";
                }

                break;
            default:
                var tag = Pick(RegistryTags());
                var key = random.Next(2) == 0 ? "name" : "description";
                var at = lines.FindIndex(lines.IndexOf(tag + ":"), l => l.StartsWith($"  {key}: ", StringComparison.Ordinal));
                var value = key == "name" ? $"\"Topic {n} ({tag})\"" : $"\"What {tag} means, edit {n}: {Sentence(5)}.\"";
                lines[at] = $"  {key}: {value}";
                done = $"{tag}.{key}: {value}";
                break;
        }

        Write(path, string.Join('\n', lines) + "\n");
        return $"tags.yml: {done}";
    }

    private string EditAuthorRegistry()
    {
        var path = Path.Combine(digest.Input, "authors.yml");
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : [];
        var keys = lines.Where(l => l.Length > 1 && !l.StartsWith(' ') && !l.StartsWith('#') && l.EndsWith(':')).Select(l => l[..^1]).ToList();
        var n = Next();
        string done;
        switch (random.Next(4))
        {
            case 0 when keys.Count > 0:
                var gone = Pick(keys);
                var start = lines.IndexOf(gone + ":");
                var end = lines.FindIndex(start + 1, l => !l.StartsWith(' '));
                lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
                done = $"{gone} taken out";
                break;
            case 1 when keys.Count > 0:
                var key = Pick(keys);
                var at = lines.IndexOf(key + ":");
                var blockEnd = lines.FindIndex(at + 1, l => !l.StartsWith(' '));
                var url = lines.FindIndex(at + 1, (blockEnd < 0 ? lines.Count : blockEnd) - at - 1, l => l.StartsWith("  url:", StringComparison.Ordinal));
                if (url >= 0)
                {
                    lines[url] = $"  url: https://example.org/home-{n}";
                }
                else
                {
                    lines.Insert(at + 1, $"  url: https://example.org/home-{n}");
                }

                done = $"{key}.url: https://example.org/home-{n}";
                break;
            default:
                // A person for a name some entry writes plainly, so their papers move to the registry's page.
                var named = digest.Entries().SelectMany(e => FrontMatterFile.Read(e).Items("authors"))
                    .Where(a => a.Length > 0 && a != "others" && a.IndexOfAny(['{', '}', ':', '"']) < 0)
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var name = named.Count > 0 ? Pick(named) : Pick(Names);
                lines.AddRange([$"person-{n}:", $"  name: \"{name}\"", $"  orcid: {Orcid(n)}", $"  url: https://example.org/person-{n}", $"  aliases: [\"Alias {n}\"]"]);
                done = $"person-{n} added for {name}";
                break;
        }

        Write(path, string.Join('\n', lines) + "\n");
        return $"authors.yml: {done}";
    }

    /// <summary>An ORCID iD with a valid check digit (ISO 7064 MOD 11-2), different for each serial number.</summary>
    private static string Orcid(string serial)
    {
        var digits = "00000009" + serial.PadLeft(7, '0');
        var total = 0;
        foreach (var c in digits)
        {
            total = (total + (c - '0')) * 2;
        }

        var check = (12 - (total % 11)) % 11;
        var all = digits + (check == 10 ? "X" : check.ToString(CultureInfo.InvariantCulture));
        return $"{all[..4]}-{all[4..8]}-{all[8..12]}-{all[12..]}";
    }

    private string EditFreePage()
    {
        var pages = Files("pages");
        var n = Next();
        switch (random.Next(3))
        {
            case 0 when pages.Count > 0:
                return Delete(pages);
            case 1 when pages.Count > 0:
                var page = Pick(pages);
                var file = FrontMatterFile.Read(page);
                string done;
                switch (random.Next(3))
                {
                    case 0:
                        file.Set("title", $"Page title {n}");
                        done = $"title: Page title {n}";
                        break;
                    case 1 when file.Has("description"):
                        file.Remove("description");
                        done = "description taken out";
                        break;
                    case 1:
                        file.Set("description", $"What page {n} is about.");
                        done = $"description: What page {n} is about.";
                        break;
                    default:
                        var target = LinkTarget();
                        file.Body = file.Body.TrimEnd('\n') + $"\n\nEdit {n}: see [this]({target}).\n";
                        done = $"a link to {target} added";
                        break;
                }

                Write(page, file.ToString());
                return $"{Relative(page)}: {done}";
            default:
                var path = Path.Combine(digest.Input, "pages", $"note-{n}.md");
                Write(path, $"---\ntitle: Note {n}\ndescription: A page added in edit {n}.\n---\nA free page about {Sentence(6)}.\n");
                return $"{Relative(path)} added";
        }
    }

    private string EditStaticFile()
    {
        var files = Files("static");
        var favicon = Path.Combine(digest.Input, "static", "favicon.svg");
        var n = Next();
        switch (random.Next(4))
        {
            case 0 when !File.Exists(favicon):
                File.Copy(Path.Combine(RepoPaths.Input, "static", "favicon.svg"), favicon);
                return "static/favicon.svg put back";
            case 1 when files.Count > 0:
                return Delete(files);
            case 2 when files.Count > 0:
                var file = Pick(files);
                Write(file, File.ReadAllText(file) + (file.EndsWith(".svg", StringComparison.Ordinal) ? $"<!-- edit {n} -->\n" : $"edit {n}\n"));
                return $"{Relative(file)} changed";
            default:
                var path = Path.Combine(digest.Input, "static", "files", $"file-{n}.txt");
                Write(path, $"A static file of edit {n}.\n");
                return $"{Relative(path)} added";
        }
    }

    /// <summary>
    /// Changes a theme file of one of the folders: adds a line to it, takes the added line out again, deletes it (the
    /// built-in file is used again) or puts a deleted one back, as <c>theme eject</c> would; now and then adds a file.
    /// </summary>
    private string EditThemeFile(params string[] folders)
    {
        var n = Next();
        if (folders[0] == "assets" && random.Next(4) == 0)
        {
            var added = Path.Combine(digest.Theme, "assets", $"extra-{n}.css");
            Write(added, $".extra-{n} {{ margin: 0; }}\n");
            return $"theme/assets/extra-{n}.css added";
        }

        var names = folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, f)).Concat(Directory.EnumerateFiles(Path.Combine(digest.Theme, f))))
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f)) + "/" + Path.GetFileName(f)).Distinct().Order(StringComparer.Ordinal).ToList();
        var name = Pick(names);
        var path = Path.Combine(digest.Theme, name);
        var builtIn = Path.Combine(RepoPaths.Theme, name);
        if (!File.Exists(path))
        {
            File.Copy(builtIn, path);
            return $"theme/{name} put back (ejected again)";
        }

        var text = File.ReadAllText(path);
        var edited = EditLine().IsMatch(text);
        if (File.Exists(builtIn) && random.Next(edited ? 2 : 4) == 0)
        {
            File.Delete(path);
            return $"theme/{name} deleted (the built-in file is used)";
        }

        if (edited)
        {
            Write(path, EditLine().Replace(text, ""));
            return $"theme/{name}: the added line taken out";
        }

        var line = Path.GetExtension(path) switch
        {
            ".css" => $"/* edit {n} */ .edit-{n} {{ color: inherit; }}",
            ".js" => $"// edit {n}",
            _ => string.Format(CultureInfo.InvariantCulture, Snippets.GetValueOrDefault(name, "<p class=\"edit-{0}\">Edit {0}</p>"), n),
        };
        var also = "";
        if (line.Contains("partial \"note\"", StringComparison.Ordinal) && !File.Exists(Path.Combine(digest.Theme, "partials", "note.sbn-html")))
        {
            Write(Path.Combine(digest.Theme, "partials", "note.sbn-html"), "<span class=\"note\">{{ title }}</span>\n");
            also = ", and a new partial, partials/note.sbn-html";
        }

        Write(path, text + (text.EndsWith('\n') ? "" : "\n") + line + "\n");
        return $"theme/{name}: {line} added{also}";
    }

    private string MoveDay()
    {
        digest.Day = digest.Day.AddDays(random.Next(1, 4));
        return $"the day of the build moved to {Iso(digest.Day)}";
    }

    private List<string> Files(string folder) =>
        Directory.Exists(Path.Combine(digest.Input, folder))
            ? [.. Directory.EnumerateFiles(Path.Combine(digest.Input, folder), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];

    private List<string> RegistryTags() =>
        [.. File.ReadAllLines(Path.Combine(digest.Input, "tags.yml")).Where(l => l.Length > 0 && char.IsAsciiLetterLower(l[0]) && l.EndsWith(':')).Select(l => l[..^1])];

    private HashSet<string> UsedTags() => [.. digest.Entries().SelectMany(e => FrontMatterFile.Read(e).Items("tags"))];

    private static string Quote(string text) => $"\"{text}\"";

    private static string? Unquote(string? text) => text?.Trim('"');

    /// <summary>A line a theme edit added, with its line break.</summary>
    [GeneratedRegex(@"^.*\bedit[- ]\d+\b.*\n", RegexOptions.Multiline)]
    private static partial Regex EditLine();
}
