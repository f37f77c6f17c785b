using PaperDigest.Cli.Serve;
using PaperDigest.Tests.Incremental;

namespace PaperDigest.Tests.Serve;

/// <summary>
/// The server's in-memory path (<see cref="PagePreviewer"/>): edits are rendered on the open pages from the last build's
/// model before the build that follows them, and once that build is in, what the server serves is what a clean build
/// writes, with nothing left over in memory.
/// </summary>
public sealed class ServePreviewTests
{
    private const string Paper = "/papers/2309.05153/";
    private const string Entry = "papers/2025/2309.05153.md";
    private const string Title = "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood";

    /// <summary>Edits that a preview may or may not show; the build after them must leave nothing of the preview behind.</summary>
    private static readonly EditKind[] Kinds =
    [
        EditKind.WriteUp, EditKind.Title, EditKind.Tags, EditKind.Featured, EditKind.Tldr, EditKind.Authors,
        EditKind.Template, EditKind.Partial, EditKind.Asset, EditKind.AddEntry, EditKind.SiteConfig,
    ];

    [Fact]
    public async Task An_edited_title_is_served_before_the_build_and_the_build_replaces_it()
    {
        using var site = new SessionDigest();
        await using var server = new Server(site, Paper);
        var (hub, previewer, changes) = (server.Hub, server.Previewer, server.Changes);

        var entry = site.Input(Entry);
        File.WriteAllText(entry, File.ReadAllText(entry).Replace(Title, "A Title Edited", StringComparison.Ordinal));
        var upto = changes.Note();
        previewer.Preview();

        Assert.Contains("A Title Edited", previewer.Served(Paper), StringComparison.Ordinal);
        Assert.True(hub.Current.Succeeded);
        Assert.EndsWith(".p1", hub.Current.Version, StringComparison.Ordinal);
        // A page nobody had open is rendered when asked for; one the preview cannot make is served from the folder.
        Assert.NotNull(previewer.Served(site.Session.Snapshot!.Model.Papers[0].Paper.Path));
        Assert.Null(previewer.Served("/"));

        site.AssertSameAsClean(changes.Build(upto), "after the title edit");
        Assert.Null(previewer.Served(Paper));
        Assert.Contains("A Title Edited", site.Output("papers", "2309.05153", "index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_edit_is_previewed_as_the_build_renders_it()
    {
        using var site = new SessionDigest();
        await using var server = new Server(site, Paper, "/");
        var (previewer, changes) = (server.Previewer, server.Changes);

        var partial = Path.Combine(site.Digest.Theme, "partials", "chips.sbn-html");
        File.AppendAllText(partial, "<p class=\"template-edit\">Edited Template</p>");
        var upto = changes.Note();
        previewer.Preview();
        // Pages of every kind that use the partial: open ones, and one asked for afterwards.
        string[] pages = [Paper, "/", "/tags/"];
        var tag = Directory.EnumerateDirectories(Path.Combine(site.Digest.Output, "tags")).Order(StringComparer.Ordinal).First();
        pages = [.. pages, $"/tags/{Path.GetFileName(tag)}/"];
        var previewed = pages.Select(previewer.Served).ToList();
        Assert.All(previewed[..2], html => Assert.Contains("Edited Template", html, StringComparison.Ordinal));

        site.AssertSameAsClean(changes.Build(upto), "after the template edit");
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Equal(site.Output([.. pages[i].Split('/', StringSplitOptions.RemoveEmptyEntries), "index.html"]), previewed[i]);
            Assert.Null(previewer.Served(pages[i]));
        }
    }

    [Fact]
    public async Task After_a_build_the_open_pages_it_left_as_they_were_are_told_apart_from_those_it_changed()
    {
        using var site = new SessionDigest();
        await using var server = new Server(site, Paper, "/about/");
        var (previewer, changes) = (server.Previewer, server.Changes);
        var entry = site.Input(Entry);

        // The write-up edit is built without a preview: the paper's page changes, the about page does not.
        File.AppendAllText(entry, "\nA paragraph added.\n");
        var upto = changes.Note();
        var before = previewer.Showing();
        changes.Build(upto);
        Assert.Equal(["/about/"], previewer.Unchanged(before));

        // Previewed first, the paper's page shows before the build what it shows after.
        File.WriteAllText(entry, File.ReadAllText(entry).Replace(Title, "A Title Edited", StringComparison.Ordinal));
        upto = changes.Note();
        previewer.Preview();
        before = previewer.Showing();
        changes.Build(upto);
        Assert.Equal(["/about/", Paper], previewer.Unchanged(before));
    }

    /// <summary>Random edits, previewed on open pages, built now and then (so previews stack up over several rounds).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task After_edits_through_the_server_it_serves_what_a_clean_build_writes(int seed)
    {
        using var site = new SessionDigest();
        var papers = site.Session.Snapshot!.Model.Papers;
        await using var server = new Server(site, papers[0].Paper.Path, papers[papers.Length / 2].Paper.Path, "/");
        var (previewer, changes) = (server.Previewer, server.Changes);
        var random = new Random(seed);
        var editor = new DigestEditor(site.Digest, random);
        var log = new List<string>();
        var upto = 0L;
        for (var round = 1; round <= 6; round++)
        {
            log.Add(editor.Apply(Kinds[random.Next(Kinds.Length)]) ?? "nothing");
            upto = changes.Note();
            previewer.Preview();
            if (random.Next(3) > 0)
            {
                changes.Build(upto);
            }
        }

        var what = $"seed {seed}, after:\n{string.Join('\n', log)}";
        site.AssertSameAsClean(changes.Build(upto), what);
        foreach (var page in Directory.EnumerateFiles(site.Digest.Output, "index.html", SearchOption.AllDirectories))
        {
            var sitePath = "/" + Path.GetRelativePath(site.Digest.Output, Path.GetDirectoryName(page)!).Replace('\\', '/').TrimStart('.').Trim('/') + "/";
            sitePath = sitePath == "//" ? "/" : sitePath;
            Assert.True(previewer.Served(sitePath) is null, $"{what}\n{sitePath} is still served from memory");
        }
    }

    /// <summary>The server's previewer over <paramref name="site"/>'s session, with the given pages open.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly List<Subscription> open;

        public Server(SessionDigest site, params string[] pages)
        {
            open = [.. pages.Select(p => Hub.Subscribe(p))];
            Previewer = new PagePreviewer(site.Session, Hub, site.Digest.Output, TimeSpan.Zero);
            Changes = new Changes(site, Previewer);
        }

        public LiveReloadHub Hub { get; } = new();

        public PagePreviewer Previewer { get; }

        public Changes Changes { get; }

        public async ValueTask DisposeAsync()
        {
            open.ForEach(s => s.Dispose());
            await Previewer.DisposeAsync();
        }
    }

    /// <summary>The changes a watcher reports, numbered as the server's scheduler numbers them.</summary>
    private sealed class Changes(SessionDigest site, PagePreviewer previewer)
    {
        private readonly List<string> unbuilt = [];
        private long number;

        /// <summary>Notes every file changed since the last call; returns the number of the last change.</summary>
        public long Note()
        {
            foreach (var path in site.Changes.Take())
            {
                previewer.Note(++number, path);
                unbuilt.Add(path);
            }

            return number;
        }

        /// <summary>A build of every change noted, as the server runs it, telling the previewer once it is in.</summary>
        public Building.BuildResult Build(long upto)
        {
            var result = SessionDigest.Built(site.Session.Build([.. unbuilt]), "a build through the server");
            unbuilt.Clear();
            previewer.Built(upto);
            return result;
        }
    }
}
