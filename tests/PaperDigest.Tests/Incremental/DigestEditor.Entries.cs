using System.Globalization;
using System.Text.RegularExpressions;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Incremental;

/// <summary>The edits of one entry: its write-up and each field of its front matter, and adding, deleting or renaming entries.</summary>
internal sealed partial class DigestEditor
{
    /// <summary>Takes the key out (when it is there, one time in <paramref name="oneIn"/>), else sets it to <paramref name="value"/>.</summary>
    private string SetOrTakeOut(FrontMatterFile entry, string key, int oneIn, string value)
    {
        if (entry.Has(key) && random.Next(oneIn) == 0)
        {
            entry.Remove(key);
            return $"{key} taken out";
        }

        entry.Set(key, value);
        return $"{key}: {value}";
    }

    private string EditWriteUp(FrontMatterFile entry)
    {
        var n = Next();
        var paragraphs = entry.Body.Split("\n\n").ToList();
        var added = paragraphs.FindLastIndex(p => p.StartsWith("Edit ", StringComparison.Ordinal));
        switch (random.Next(7))
        {
            case 0:
                paragraphs[0] = $"Rewritten opening {n}: {Sentence(12)}.";
                entry.Body = string.Join("\n\n", paragraphs);
                return "first paragraph rewritten";
            case 1 when added >= 0:
                paragraphs.RemoveAt(added);
                entry.Body = string.Join("\n\n", paragraphs);
                return "an added paragraph taken out";
            case 2:
                var target = LinkTarget();
                entry.Body = entry.Body.TrimEnd('\n') + $"\n\nEdit {n}: see [this]({target}).\n";
                return $"a link to {target} added";
            case 3:
                entry.Body = entry.Body.TrimEnd('\n') + $"\n\nEdit {n}: the energy $E_\\theta(x) = \\sum_i x_i^{{{n}}}$ is bounded.[^e{n}]\n\n[^e{n}]: A note of edit {n}.\n";
                return "a formula and a footnote added";
            case 4:
                entry.Body = entry.Body.TrimEnd('\n') + $"\n\nEdit {n}: raw <abbr title=\"edit {n}\">HTML</abbr>, shown as text unless site.yml allows it.\n";
                return "a paragraph with raw HTML added";
            case 5:
                // Distinctive words of another write-up make the two papers related through words few others have.
                var other = Pick(digest.Entries());
                var words = LongWord().Matches(FrontMatterFile.Read(other).Body).Select(m => m.Value.ToLowerInvariant()).Distinct().OrderBy(_ => random.Next()).Take(6);
                entry.Body = entry.Body.TrimEnd('\n') + $"\n\nEdit {n}: {string.Join(' ', words)}.\n";
                return $"a paragraph with words of {Relative(other)} added";
            default:
                entry.Body = entry.Body.TrimEnd('\n') + $"\n\nEdit {n}: {Sentence(10)}.\n";
                return "a paragraph added";
        }
    }

    private string Retitle(FrontMatterFile entry)
    {
        // A new first word keeps the title's default slug unique (slugs cut long titles after a word).
        var title = TitlePrefix().Replace(Unquote(entry.Value("title"))!, "");
        var retitled = $"Revised {Next()}: {title}";
        entry.Set("title", Quote(retitled));
        return $"title: {Quote(retitled)}";
    }

    private string Retag(FrontMatterFile entry)
    {
        var registry = RegistryTags();
        var used = UsedTags();
        var unused = registry.Except(used).ToList();
        var tags = registry.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        if (unused.Count > 0 && random.Next(3) == 0)
        {
            tags[0] = Pick(unused);
            tags = [.. tags.Distinct()];
        }

        if (tags.SequenceEqual(entry.Items("tags")))
        {
            return Retag(entry);
        }

        entry.SetItems("tags", tags);
        return $"tags: [{string.Join(", ", tags)}]";
    }

    private string Redate(FrontMatterFile entry)
    {
        var date = DateOnly.ParseExact(entry.Value("date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var day = date > digest.Day || random.Next(3) > 0
            ? digest.Day.AddDays(-random.Next(0, 75))
            : digest.Day.AddDays(random.Next(1, 5));
        if (day == date)
        {
            day = day.AddDays(-1);
        }

        entry.Set("date", Iso(day));
        return $"date: {Iso(day)}{(day > digest.Day ? " (scheduled)" : "")}";
    }

    private string? DeleteEntry()
    {
        var entries = digest.Entries();
        if (entries.Count <= 6)
        {
            return null;
        }

        return Delete(entries);
    }

    private string AddEntry()
    {
        var n = Next();
        var lines = new List<string> { "---", $"title: \"Added paper {n} on {Sentence(2)}\"" };
        if (random.Next(4) > 0)
        {
            lines.Add($"authors: [{string.Join(", ", Names.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))}{(random.Next(4) == 0 ? ", others" : "")}]");
        }

        var day = random.Next(4) == 0 ? digest.Day.AddDays(random.Next(1, 4)) : digest.Day.AddDays(-random.Next(0, 60));
        lines.Add($"date: {Iso(day)}");
        lines.Add($"tags: [{string.Join(", ", RegistryTags().OrderBy(_ => random.Next()).Take(random.Next(1, 3)))}]");
        if (random.Next(2) == 0)
        {
            lines.Add($"arxiv: \"2506.{10000 + serial}\"");
        }

        if (random.Next(2) == 0)
        {
            lines.Add($"tldr: A summary of added paper {n}, about {Sentence(3)}.");
        }

        if (random.Next(5) == 0)
        {
            lines.Add(random.Next(2) == 0 ? "draft: true" : "featured: true");
        }

        lines.AddRange(["---", $"An added write-up {n}, about {Sentence(8)}.", "", $"A second paragraph on {Sentence(6)}.", ""]);
        var path = Path.Combine(digest.Input, "papers", random.Next(3) == 0 ? "2026" : "2025", $"added-{n}.md");
        Write(path, string.Join('\n', lines));
        return $"{Relative(path)} added: {string.Join(" | ", lines[1..^5])}";
    }

    /// <summary>
    /// Moves an entry to a name no file has. Moving it onto another entry's name is left out: when both files have the
    /// same size and modification time (a checkout writes many files within one tick), the build trusts the size and
    /// time it saved for that path and keeps the replaced entry's content.
    /// </summary>
    private string RenameFile()
    {
        var entry = Pick(digest.Entries());
        var name = MovedSuffix().Replace(Path.GetFileNameWithoutExtension(entry), "") + $"-moved-{Next()}.md";
        var target = Path.Combine(digest.Input, "papers", Pick(["2024", "2025"]), name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(entry, target);
        // An entry's figures move with it: they are kept in the folder named after its file.
        if (Directory.Exists(Path.ChangeExtension(entry, null)))
        {
            Directory.Move(Path.ChangeExtension(entry, null), Path.ChangeExtension(target, null));
        }

        return $"{Relative(entry)} renamed to {Relative(target)}";
    }

    private string EditAuthors(FrontMatterFile entry)
    {
        var authors = entry.Items("authors");
        var incomplete = authors.Count > 0 && authors[^1] == "others";
        var named = incomplete ? authors[..^1] : authors;
        var done = (named.Count, random.Next(6)) switch
        {
            (0, _) => Done(() => named.AddRange(Names.Take(random.Next(1, 3))), "given"),
            (_, 0) => Done(() => named.Insert(random.Next(named.Count + 1), Pick(Names)), "one added"),
            ( > 1, 1) => Done(() => named.RemoveAt(random.Next(named.Count)), "one taken out"),
            ( > 1, 2) => Done(() => (named[0], named[^1]) = (named[^1], named[0]), "first and last swapped"),
            (_, 3) => Done(() => incomplete = !incomplete, incomplete ? "'others' taken off" : "'others' put at the end"),
            (_, 4) => Done(() => named.Add("{ name: Ada Lovelace, orcid: 0000-0002-1825-0097, url: https://example.org/ada }"), "one with an ORCID iD added"),
            _ => Done(named.Clear, "taken away"),
        };
        if (named.Count == 0)
        {
            entry.Remove("authors");
            return "authors taken away";
        }

        entry.SetItems("authors", [.. named, .. incomplete ? ["others"] : Array.Empty<string>()]);
        return $"authors {done}: {string.Join("; ", entry.Items("authors"))}";

        static string Done(Action action, string what)
        {
            action();
            return what;
        }
    }

    private string EditVenue(FrontMatterFile entry)
    {
        var n = Next();
        if (random.Next(3) > 0)
        {
            return SetOrTakeOut(entry, "venue", 2, $"Workshop on Tests {n} (2025)");
        }

        entry.Set("venue", "", "name: Journal of Tests", "kind: journal", $"volume: {n}", $"pages: 1–{n}0", "year: 2024");
        return $"venue: Journal of Tests, volume {n}, as a mapping";
    }

    private string EditLinks(FrontMatterFile entry)
    {
        var links = entry.Items("links").Select(l => l.Split(": ", 2)).ToDictionary(l => l[0], l => l[1], StringComparer.Ordinal);
        var key = Pick(["code", "pdf", "project", "data"]);
        string done;
        if (links.ContainsKey(key) && random.Next(2) == 0)
        {
            links.Remove(key);
            done = $"links.{key} taken out";
        }
        else
        {
            links[key] = $"https://example.org/{key}/{Next()}";
            done = $"links.{key}: {links[key]}";
        }

        if (links.Count == 0)
        {
            entry.Remove("links");
        }
        else
        {
            entry.Set("links", "", [.. links.Select(l => $"{l.Key}: {l.Value}")]);
        }

        return done;
    }

    private string EditArxiv(FrontMatterFile entry)
    {
        var arxiv = Unquote(entry.Value("arxiv"));
        if (arxiv is null || (random.Next(4) == 0 && arxiv.Contains('v', StringComparison.Ordinal)))
        {
            var id = arxiv is null ? $"2507.{20000 + int.Parse(Next(), CultureInfo.InvariantCulture)}" : Identifiers.ArxivWithoutVersion(arxiv);
            entry.Set("arxiv", Quote(id));
            return $"arxiv: {Quote(id)}";
        }

        if (random.Next(3) == 0)
        {
            entry.Remove("arxiv");
            return "arxiv taken out";
        }

        var versioned = $"{Identifiers.ArxivWithoutVersion(arxiv)}v{random.Next(2, 9)}";
        if (versioned == arxiv)
        {
            versioned = Identifiers.ArxivWithoutVersion(arxiv);
        }

        entry.Set("arxiv", Quote(versioned));
        return $"arxiv: {Quote(versioned)}";
    }

    private string EditDoi(FrontMatterFile entry) => SetOrTakeOut(entry, "doi", 2, $"10.5555/test.{Next()}");

    private string EditPublished(FrontMatterFile entry)
    {
        var published = Iso(new DateOnly(2015, 1, 1).AddDays(random.Next(3600)));
        return entry.Value("published") == published ? EditPublished(entry) : SetOrTakeOut(entry, "published", 3, published);
    }

    private string EditSlug(FrontMatterFile entry) => SetOrTakeOut(entry, "slug", 1, $"custom-slug-{Next()}");

    private string EditAliases(FrontMatterFile entry) =>
        SetOrTakeOut(entry, "aliases", 2, $"[{string.Join(", ", [.. entry.Items("aliases"), $"/papers/old-{Next()}/"])}]");

    private string EditTldr(FrontMatterFile entry) => SetOrTakeOut(entry, "tldr", 3, $"A new one-line summary {Next()}, about {Sentence(4)}.");

    [GeneratedRegex(@"^Revised \d+: ")]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"-moved-\d+$")]
    private static partial Regex MovedSuffix();

    [GeneratedRegex(@"\b[A-Za-z]{9,}\b")]
    private static partial Regex LongWord();
}
