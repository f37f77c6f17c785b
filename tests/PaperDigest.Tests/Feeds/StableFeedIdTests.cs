using PaperDigest.Building;
using PaperDigest.Diagnostics;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// Adding an arXiv id to an entry after it was published: an entry that writes its slug keeps its page and its feed id
/// in all three formats; one without moves, and the build and <c>check</c> warn (<c>PD0127</c>) with the lines that keep
/// it, which do. Built from the small digest of <c>TestFiles/Feeds/digest/</c> plus one entry without slug or arXiv id.
/// </summary>
public sealed class StableFeedIdTests
{
    private const string Title = "A Paper Found Before Its Preprint";
    private const string OldSlug = "a-paper-found-before-its-preprint";
    private const string Entry = "papers/2025/found-early.md";

    private static readonly string Head = $"---\ntitle: {Title}\nauthors: [Ada Lovelace]\ndate: 2025-03-08\ntags: [generative-models]\n";

    [Fact]
    public void An_entry_without_slug_that_gains_an_arxiv_id_is_warned_about_until_its_slug_keeps_page_and_id()
    {
        using var temp = new TempFolder();
        var digest = new Digest(temp);
        digest.Write(Entry, Head + "---\nFound before arXiv had it.\n");
        Assert.DoesNotContain(digest.Build(), d => d.Code == DiagnosticCodes.AddressMoved);
        var before = digest.Ids(Title);
        Assert.Equal($"/papers/{OldSlug}/", before.Path);
        Assert.Equal(Digest.Absolute($"/papers/{OldSlug}/"), before.Rss);

        digest.Write(Entry, Head + "arxiv: \"2501.01234\"\n---\nFound before arXiv had it.\n");
        var expected = $"{Path.Combine(digest.Input, Entry).Replace('\\', '/')}:6:8: warning PD0127: the paper's address moves from /papers/{OldSlug}/ to /papers/2501.01234/ and its feed id changes, so feed readers show it again, because an arXiv id was added and the entry has no 'slug' (its address follows its arXiv id, else its title); add 'slug: {OldSlug}' to keep both, or 'slug: 2501.01234' and 'aliases: [/papers/{OldSlug}/]' to take the new address and redirect the old one";
        var check = SiteBuilder.Check(digest.Options).Diagnostics.Where(d => d.Code == DiagnosticCodes.AddressMoved);
        Assert.Equal([expected], check.Select(d => Shown(d)));
        var built = digest.Build().Where(d => d.Code == DiagnosticCodes.AddressMoved);
        Assert.Equal([expected], built.Select(d => Shown(d)));
        // Said again by the next build: the published address stays on record until the entry settles it.
        Assert.Single(digest.Build(), d => d.Code == DiagnosticCodes.AddressMoved);

        // The first suggestion: the old slug, written out. Page and id are what they were; no warning.
        digest.Write(Entry, Head + $"arxiv: \"2501.01234\"\nslug: {OldSlug}\n---\nFound before arXiv had it.\n");
        Assert.DoesNotContain(digest.Build(), d => d.Code == DiagnosticCodes.AddressMoved);
        Assert.Equal(before, digest.Ids(Title));
    }

    [Fact]
    public void Taking_the_new_address_with_the_old_one_as_alias_keeps_the_feed_id_and_redirects()
    {
        using var temp = new TempFolder();
        var digest = new Digest(temp);
        digest.Write(Entry, Head + "---\nFound before arXiv had it.\n");
        digest.Build();
        var before = digest.Ids(Title);

        digest.Write(Entry, Head + $"arxiv: \"2501.01234\"\nslug: \"2501.01234\"\naliases: [/papers/{OldSlug}/]\n---\nFound before arXiv had it.\n");
        Assert.DoesNotContain(digest.Build(), d => d.Code == DiagnosticCodes.AddressMoved);
        var after = digest.Ids(Title);
        Assert.Equal("/papers/2501.01234/", after.Path);
        Assert.Equal(before with { Path = after.Path }, after);
        Assert.True(File.Exists(Path.Combine(digest.Output, "papers", OldSlug, "index.html")), "the old address should redirect");
    }

    [Fact]
    public void An_entry_that_writes_its_slug_keeps_page_and_id_when_identifiers_are_added()
    {
        using var temp = new TempFolder();
        var digest = new Digest(temp);
        digest.Build();
        var doiOnly = digest.Ids("Solvent Design with an Old DOI");
        var arxiv = digest.Ids("Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood");
        Assert.Equal("urn:arxiv:2309.05153", arxiv.Rss);

        digest.Edit("papers/2025/doi-only.md", text => text.Replace("slug:", "arxiv: \"2502.04321\"\nslug:", StringComparison.Ordinal));
        digest.Edit("papers/2025/arxiv.md", text => text.Replace("venue:", "doi: 10.1000/added.later\nvenue:", StringComparison.Ordinal));
        var diagnostics = digest.Build();
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.AddressMoved);
        Assert.Equal(doiOnly, digest.Ids("Solvent Design with an Old DOI"));
        Assert.Equal(arxiv, digest.Ids("Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood"));
    }

    private static string Shown(Diagnostic diagnostic) => diagnostic.ToString().Replace('\\', '/');

    /// <summary>A paper's page address, and its id as RSS guid, Atom id and JSON Feed id (checked to be one id).</summary>
    private sealed record Ids(string Path, string Rss);

    /// <summary>A copy of the golden feed digest, built into <c>site/</c> with its cache beside it.</summary>
    private sealed class Digest(TempFolder temp)
    {
        public string Input { get; } = temp.CopyFrom(GoldenDigestFixture.Input, "in");

        public string Output => temp.Combine("site");

        public BuildOptions Options => new(Input, RepoPaths.Theme, Output, Today: new DateOnly(2025, 4, 1));

        public static string Absolute(string path) => "https://golden.example.org/digest" + path;

        public void Write(string relative, string text)
        {
            var path = System.IO.Path.Combine(Input, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public void Edit(string relative, Func<string, string> change)
        {
            var path = System.IO.Path.Combine(Input, relative);
            var text = File.ReadAllText(path);
            var changed = change(text);
            Assert.NotEqual(text, changed);
            File.WriteAllText(path, changed);
        }

        public IReadOnlyList<Diagnostic> Build()
        {
            var result = SiteBuilder.Build(Options);
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            return result.Diagnostics;
        }

        public Ids Ids(string title)
        {
            var item = RssXml.Channel(RssXml.Load(System.IO.Path.Combine(Output, "feed.xml"))).Elements("item").Single(i => (string?)i.Element("title") == title);
            var entry = AtomXml.Feed(System.IO.Path.Combine(Output, "atom.xml")).Elements(AtomXml.Ns + "entry").Single(e => (string?)e.Element(AtomXml.Ns + "title") == title);
            using var json = JsonFeed.Load(System.IO.Path.Combine(Output, "feed.json"));
            var jsonItem = JsonFeed.Items(json).Single(i => JsonFeed.String(i, "title") == title);

            var guid = (string)item.Element("guid")!;
            Assert.Equal(guid, (string?)entry.Element(AtomXml.Ns + "id"));
            Assert.Equal(guid, JsonFeed.String(jsonItem, "id"));
            var link = (string)item.Element("link")!;
            Assert.StartsWith(Absolute("/"), link, StringComparison.Ordinal);
            var path = link[(Absolute("/").Length - 1)..];
            Assert.True(File.Exists(System.IO.Path.Combine(Output, path.Trim('/'), "index.html")), $"{path} has no page");
            return new Ids(path, guid);
        }
    }
}
