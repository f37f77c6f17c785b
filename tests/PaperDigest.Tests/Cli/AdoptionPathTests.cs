using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;
using PaperDigest.Scaffolding;
using PaperDigest.Tests.Browser;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// The path a new editorial team takes, as separate processes and over real HTTP (README, "Walkthrough"): pack the
/// tool, install it into a tool path, <c>paperdigest init</c> a digest, <c>paperdigest new</c> two papers from a
/// replay of recorded arXiv API answers, build with the drafts still drafts, publish one with its placeholder still
/// in it (an error at its line), write the summaries and remove the draft flags as an editor does, <c>check</c>,
/// <c>build</c>, and open the pages. The path runs once (<see cref="AdoptionPath"/>); the browser test reuses it.
/// </summary>
[Collection(PackedToolGroup.Name)]
public sealed class AdoptionPathTests(PackedTool tool, AdoptionPathTests.AdoptionPath path, ITestOutputHelper output)
    : IClassFixture<AdoptionPathTests.AdoptionPath>
{
    /// <summary>The papers <c>new</c> asks for, with the titles and authors their recorded answers hold.</summary>
    private static readonly (string Id, string Title, string[] Authors)[] Papers =
    [
        ("2303.01469", "Consistency Models", ["Yang Song", "Prafulla Dhariwal", "Mark Chen", "Ilya Sutskever"]),
        ("1706.03762", "Attention Is All You Need",
            ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez", "Lukasz Kaiser", "Illia Polosukhin"]),
    ];

    /// <summary>What the editor writes in place of each placeholder: two sentences of their own.</summary>
    private static readonly string[] Summaries =
    [
        "Consistency models map any point on a diffusion trajectory straight back to its origin, so a sample takes one network evaluation. "
            + "We like that the idea works both distilled from a diffusion model and trained on its own.",
        "The Transformer builds a sequence model from attention alone, without recurrence or convolution. "
            + "Its encoder-decoder layout became the starting point for most language models since.",
    ];

    /// <summary>The recorded answers' stand-in for the abstract, which must never reach an entry or a page.</summary>
    private const string RecordedAbstract = "made-up stand-in for the abstract";

    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void A_new_team_installs_the_tool_starts_a_digest_adds_two_arxiv_papers_and_publishes_them()
    {
        var walked = path.Walk(tool, output);
        var site = walked.Output;

        for (var i = 0; i < Papers.Length; i++)
        {
            var (id, title, authors) = Papers[i];
            var page = File.ReadAllText(Path.Combine(site, "papers", id, "index.html"));
            Assert.Contains($"{title} · Reading Group Digest</title>", page, StringComparison.Ordinal);
            AssertInOrder(page, authors, $"the authors on /papers/{id}/");
            Assert.Contains(Summaries[i].Split(". ")[1], page, StringComparison.Ordinal);
        }

        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        foreach (var (id, title, _) in Papers)
        {
            Assert.Contains($"<a href=\"/papers/{id}/\">{title}</a>", home, StringComparison.Ordinal);
        }

        var rss = XDocument.Load(Path.Combine(site, "feed.xml"));
        var rssTitles = rss.Descendants("item").Select(i => (string?)i.Element("title")).ToList();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var atomTitles = XDocument.Load(Path.Combine(site, "atom.xml")).Root!.Elements(atom + "entry").Select(e => (string?)e.Element(atom + "title")).ToList();
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "feed.json")));
        var jsonTitles = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        foreach (var (_, title, _) in Papers)
        {
            Assert.Contains(title, rssTitles);
            Assert.Contains(title, atomTitles);
            Assert.Contains(title, jsonTitles);
        }

        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.False(text.Contains(EntryWriter.PlaceholderMarker, StringComparison.Ordinal), $"{file} publishes the placeholder");
            Assert.False(text.Contains(RecordedAbstract, StringComparison.Ordinal), $"{file} publishes the abstract");
        }
    }

    [Fact]
    public async Task The_published_pages_open_in_a_browser()
    {
        TestTools.Require(TestTools.Chromium);

        var walked = path.Walk(tool, output);
        await using var server = await StaticSiteServer.StartAsync(walked.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl.ToString() });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(45_000);
        var page = await context.NewPageAsync();

        var (id, title, authors) = Papers[0];
        var response = await page.GotoAsync($"/papers/{id}/");
        Assert.Equal(200, response!.Status);
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1, Exact = true });
        Assert.True(await heading.IsVisibleAsync(), $"the heading '{title}' is not visible on /papers/{id}/");
        Assert.True(await page.GetByText(authors[^1]).First.IsVisibleAsync(), $"{authors[^1]} is not visible on /papers/{id}/");
        Assert.True(await page.GetByText(Summaries[0].Split(". ")[1]).IsVisibleAsync(), "the editor's summary is not visible");

        // From the home page, as a reader: the other paper's card leads to its page.
        var (otherId, otherTitle, _) = Papers[1];
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = otherTitle, Exact = true }).ClickAsync();
        await PageUrls.WaitForAsync(page, url => new Uri(url).AbsolutePath == $"/papers/{otherId}/");
        var otherHeading = page.GetByRole(AriaRole.Heading, new() { Name = otherTitle, Level = 1, Exact = true });
        await otherHeading.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.True(await otherHeading.IsVisibleAsync(), $"the heading '{otherTitle}' is not visible after following its card");
    }

    private static void AssertInOrder(string text, IEnumerable<string> parts, string what)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{what}: '{part}' is missing or out of order");
            at = found + part.Length;
        }
    }

    /// <summary>The path, walked once by whichever test needs it first; what each step printed goes to that test's output.</summary>
    public sealed class AdoptionPath : IDisposable
    {
        private readonly TempFolder temp = new();
        private readonly object gate = new();
        private Walked? walked;
        private Exception? failed;

        public Walked Walk(PackedTool tool, ITestOutputHelper output)
        {
            lock (gate)
            {
                if (failed is not null)
                {
                    throw new InvalidOperationException("the adoption path failed in an earlier test", failed);
                }

                try
                {
                    return walked ??= Run(tool, output);
                }
                catch (Exception ex)
                {
                    failed = ex;
                    throw;
                }
            }
        }

        public void Dispose() => temp.Dispose();

        private Walked Run(PackedTool tool, ITestOutputHelper output)
        {
            CliRun Step(string program, string folder, params string[] arguments)
            {
                var run = ToolProcess.Run(program, folder, RunTimeout, arguments);
                output.WriteLine($"$ {run.Arguments}  (in {Path.GetRelativePath(temp.Path, folder)}, exit {run.ExitCode})\n{run.Stdout}{run.Stderr}");
                return run;
            }

            // Pack and install into a tool path of its own.
            var (install, paperdigest) = tool.Install(temp.Path, temp.Combine("tools"));
            output.WriteLine($"$ {tool.Packed.Arguments}\n{tool.Packed.StdoutLines[^1]}\n\n$ {install.Arguments}\n{install.Stdout}");

            // Start a digest.
            Step(paperdigest, temp.Path, "init", "digest", "--title", "Reading Group Digest", "--base-url", "https://digest.example.org/").AssertExit(0);
            var digest = temp.Combine("digest");
            var site = Path.Combine(digest, "output");

            // Add two papers from the replayed arXiv API, one by id and one by URL, in one request.
            using var api = ArxivApiStub.Replay(Path.Combine(RepoPaths.TestFiles, "ArxivReplay"));
            var added = Step(paperdigest, digest, "new", Papers[0].Id, $"https://arxiv.org/abs/{Papers[1].Id}v7", "--arxiv-api", api.Url);
            added.AssertExit(0);
            var request = Assert.Single(api.Requests);
            Assert.StartsWith($"/api/query?id_list={Papers[0].Id},{Papers[1].Id}", request.PathAndQuery, StringComparison.Ordinal);
            Assert.StartsWith("PaperDigest/", request.UserAgent, StringComparison.Ordinal);
            var entries = added.StdoutLines.Where(l => l.StartsWith("Wrote ", StringComparison.Ordinal)).Select(l => l["Wrote ".Length..]).ToList();
            Assert.Equal(Papers.Length, entries.Count);
            for (var i = 0; i < Papers.Length; i++)
            {
                Assert.Matches($"^input/papers/[0-9]{{4}}/{Regex.Escape(Papers[i].Id)}\\.md$", entries[i]);
            }

            for (var i = 0; i < Papers.Length; i++)
            {
                var text = File.ReadAllText(Path.Combine(digest, entries[i]));
                Assert.Contains($"title: \"{Papers[i].Title}\"\n", text, StringComparison.Ordinal);
                Assert.Contains($"authors: [{string.Join(", ", Papers[i].Authors)}]\n", text, StringComparison.Ordinal);
                Assert.Contains("draft: true\n", text, StringComparison.Ordinal);
                // Both papers list cs.LG, which the tags.yml init writes maps to machine-learning.
                Assert.Contains("tags: [machine-learning]\n", text, StringComparison.Ordinal);
                Assert.DoesNotContain(RecordedAbstract, text, StringComparison.Ordinal);
            }

            // Built as they are, the drafts are not published anywhere.
            Step(paperdigest, digest, "build").AssertExit(0);
            Assert.False(Directory.Exists(Path.Combine(site, "papers", Papers[0].Id)), "a draft was published");
            AssertNowhere(site, Papers.Select(p => p.Title));

            // The draft flag removed but the placeholder still there: an error at its line; nothing written.
            var first = Path.Combine(digest, entries[0]);
            var lines = File.ReadAllLines(first).Where(l => l != "draft: true").ToArray();
            File.WriteAllLines(first, lines);
            var placeholderLine = Array.FindIndex(lines, l => l.StartsWith(EntryWriter.PlaceholderMarker, StringComparison.Ordinal)) + 1;
            foreach (var command in new[] { "check", "build" })
            {
                var refused = Step(paperdigest, digest, command);
                refused.AssertExit(1);
                Assert.Contains(refused.StderrLines, l => l.StartsWith($"{entries[0]}:{placeholderLine}:1: error PD0119: ", StringComparison.Ordinal));
            }

            Assert.False(Directory.Exists(Path.Combine(site, "papers", Papers[0].Id)), "an entry with the placeholder was published");

            // As an editor does: the placeholder replaced by a summary and the draft flag removed.
            for (var i = 0; i < Papers.Length; i++)
            {
                var file = Path.Combine(digest, entries[i]);
                var edited = File.ReadAllLines(file)
                    .Where(l => l != "draft: true")
                    .Select(l => l.StartsWith(EntryWriter.PlaceholderMarker, StringComparison.Ordinal) ? Summaries[i] : l);
                File.WriteAllText(file, string.Join('\n', edited) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            var check = Step(paperdigest, digest, "check");
            check.AssertExit(0);
            Assert.DoesNotContain(check.StderrLines, l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal));
            var build = Step(paperdigest, digest, "build");
            build.AssertExit(0);
            Assert.Contains("Built 3 papers", build.Stdout, StringComparison.Ordinal);
            return new Walked(site);
        }

        private static void AssertNowhere(string site, IEnumerable<string> texts)
        {
            foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
            {
                var content = File.ReadAllText(file);
                foreach (var text in texts)
                {
                    Assert.False(content.Contains(text, StringComparison.Ordinal), $"{Path.GetRelativePath(site, file)} shows '{text}', a draft");
                }
            }
        }
    }

    /// <summary>The built site at the end of the path.</summary>
    public sealed record Walked(string Output);
}
