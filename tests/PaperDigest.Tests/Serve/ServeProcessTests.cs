using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using PaperDigest.Tests.Cli;

namespace PaperDigest.Tests.Serve;

/// <summary>
/// <c>paperdigest serve</c> as an editor uses it, through the real process and plain HTTP: it answers on loopback,
/// shows an edit within seconds without a restart, reports a broken entry while it keeps serving the last good site,
/// recovers, and stops cleanly on Ctrl-C.
/// </summary>
public sealed class ServeProcessTests(ITestOutputHelper log)
{
    private const string Entry = "papers/2025/2309.05153.md";
    private const string PagePath = "papers/2309.05153/";
    private const string OriginalTitle = "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood";
    private const string TagLine = "tags: [energy-based-models, diffusion-models]";
    private const string MisspeltTagLine = "tags: [energy-based-models, difusion-models]";

    /// <summary>Generous limits: a serve that does not answer, show an edit or stop within them hangs; a busy machine is slower, never this slow.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan EditTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Serve_shows_an_edit_reports_a_broken_entry_keeps_serving_recovers_and_stops_on_ctrl_c()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        WriteDraftAndScheduledEntries(input);
        var entry = Path.Combine(input, Entry);
        var tmp = temp.Combine("tmp");

        using var serve = ServeProcess.Start(temp.Path, tmp, "--input", input, "--theme", theme);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            await serve.WaitUntilServingAsync(http, StartTimeout);
            var page = new Uri(serve.BaseUrl, PagePath);

            // Served from a temporary folder, with the live-reload script added to the page but not to the built file.
            var outputFolder = serve.AnnouncedOutputFolder;
            Assert.True(outputFolder is not null, $"serve did not say where it builds\n{serve.Output}");
            Assert.StartsWith(tmp, outputFolder, StringComparison.Ordinal);
            var builtFile = Path.Combine(outputFolder, "papers", "2309.05153", "index.html");
            Assert.True(File.Exists(builtFile), $"{builtFile} was not built");
            Assert.DoesNotContain("__paperdigest", File.ReadAllText(builtFile), StringComparison.Ordinal);

            using (var response = await http.GetAsync(page, TestContext.Current.CancellationToken))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                Assert.True(response.Headers.CacheControl?.NoStore, "pages are served with Cache-Control: no-store");
                var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                Assert.Equal(OriginalTitle, document.QuerySelector("h1")?.TextContent.Trim());
                Assert.NotNull(document.QuerySelector("body > script[src='/__paperdigest/live.js'][defer]"));
            }

            // Drafts and future-dated entries are always part of what serve shows.
            var draft = await GetAsync(http, new Uri(serve.BaseUrl, "papers/draft-entry/"));
            Assert.True(draft.Status == HttpStatusCode.OK, $"the draft entry is not served: {draft.Status}");
            Assert.Contains("Draft", new HtmlParser().ParseDocument(draft.Body).QuerySelector(".badge-draft")?.TextContent ?? "", StringComparison.Ordinal);
            var scheduled = await GetAsync(http, new Uri(serve.BaseUrl, "papers/scheduled-entry/"));
            Assert.True(scheduled.Status == HttpStatusCode.OK, $"the future-dated entry is not served: {scheduled.Status}");

            // An edited title shows up without a restart.
            var original = File.ReadAllText(entry);
            const string edited = "Served Live: An Edited Title";
            var editedText = original.Replace($"title: \"{OriginalTitle}\"", $"title: \"{edited}\"", StringComparison.Ordinal);
            Assert.NotEqual(original, editedText);
            var clock = Stopwatch.StartNew();
            File.WriteAllText(entry, editedText);
            await Poll.UntilAsync(async () => await H1Async(http, page) == edited, EditTimeout,
                () => $"{page} does not show the edited title\n{serve.Output}");
            log.WriteLine($"the edited title was served {clock.Elapsed.TotalSeconds:0.00} s after the file was saved");

            // A misspelt tag: the status names the file and line; the last good page is still served.
            var failedAt = (await StatusAsync(http, serve)).RootElement.GetProperty("build").GetInt32();
            Assert.Contains(TagLine, editedText, StringComparison.Ordinal);
            File.WriteAllText(entry, editedText.Replace(TagLine, MisspeltTagLine, StringComparison.Ordinal));
            string failure = "";
            await Poll.UntilAsync(async () =>
            {
                using var status = await StatusAsync(http, serve);
                var root = status.RootElement;
                if (root.GetProperty("succeeded").GetBoolean() || root.GetProperty("build").GetInt32() <= failedAt)
                {
                    return false;
                }

                failure = string.Join('\n', root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("text").GetString()));
                return true;
            }, EditTimeout, () => $"/__paperdigest/status does not report the failed build\n{serve.Output}");
            Assert.Matches(@"papers/2025/2309\.05153\.md:5:\d+: error PD0103: unknown tag 'difusion-models'", failure);
            Assert.Equal(edited, await H1Async(http, page));
            Assert.Contains("2309.05153.md:5:", serve.Output, StringComparison.Ordinal);

            // Fixed: the site is rebuilt and served again.
            const string fixedTitle = "Served Live: Fixed Again";
            File.WriteAllText(entry, editedText.Replace($"title: \"{edited}\"", $"title: \"{fixedTitle}\"", StringComparison.Ordinal));
            await Poll.UntilAsync(async () => await H1Async(http, page) == fixedTitle, EditTimeout,
                () => $"{page} does not show the fixed entry\n{serve.Output}");
            await Poll.UntilAsync(async () =>
            {
                using var status = await StatusAsync(http, serve);
                return status.RootElement.GetProperty("succeeded").GetBoolean();
            }, EditTimeout, () => $"/__paperdigest/status does not report the recovery\n{serve.Output}");

            // Ctrl-C: exit 0, and the temporary output folder is gone.
            var signal = serve.Interrupt();
            Assert.True(serve.WaitForExit(StopTimeout), $"serve did not stop on SIG{signal}\n{serve.Output}");
            Assert.True(serve.ExitCode == 0, $"serve exited {serve.ExitCode} on SIG{signal}\n{serve.Output}");
            var temporaryRoot = Path.GetDirectoryName(outputFolder)!;
            Assert.False(Directory.Exists(temporaryRoot), $"serve left its temporary folder {temporaryRoot} behind");
            Assert.DoesNotContain("Exception", serve.Output, StringComparison.Ordinal);
        }
        finally
        {
            log.WriteLine(serve.Output);
        }
    }

    [Fact]
    public async Task When_the_first_build_fails_serve_still_starts_reports_the_error_and_serves_the_site_once_it_is_fixed()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        var theme = temp.CopyFrom(RepoPaths.Theme, "theme");
        var entry = Path.Combine(input, Entry);
        var original = File.ReadAllText(entry);
        File.WriteAllText(entry, original.Replace(TagLine, MisspeltTagLine, StringComparison.Ordinal));

        using var serve = ServeProcess.Start(temp.Path, temp.Combine("tmp"), "--input", input, "--theme", theme);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            await serve.WaitUntilServingAsync(http, StartTimeout, HttpStatusCode.ServiceUnavailable);
            var home = await GetAsync(http, serve.BaseUrl);
            Assert.Contains("/__paperdigest/live.js", home.Body, StringComparison.Ordinal);
            using (var status = await StatusAsync(http, serve))
            {
                Assert.False(status.RootElement.GetProperty("succeeded").GetBoolean());
                Assert.Contains(status.RootElement.GetProperty("diagnostics").EnumerateArray(),
                    d => d.GetProperty("path").GetString()!.EndsWith(Entry, StringComparison.Ordinal) && d.GetProperty("line").GetInt32() == 5);
            }

            File.WriteAllText(entry, original);
            await Poll.UntilAsync(async () => await H1Async(http, new Uri(serve.BaseUrl, PagePath)) == OriginalTitle, EditTimeout,
                () => $"the site is not served after the entry was fixed\n{serve.Output}");

            serve.Interrupt();
            Assert.True(serve.WaitForExit(StopTimeout), $"serve did not stop\n{serve.Output}");
            Assert.Equal(0, serve.ExitCode);
        }
        finally
        {
            log.WriteLine(serve.Output);
        }
    }

    [Fact]
    public void A_port_in_use_exits_2_with_a_message_naming_it()
    {
        using var temp = new TempFolder();
        using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var run = PaperDigestProcess.Run(temp.Path, "serve", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--port", port);

        run.AssertExit(2);
        Assert.Contains(port, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("in use", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_missing_input_folder_exits_2_naming_it()
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "serve", "--input", "no-such-digest", "--theme", RepoPaths.Theme, "--port",
            ServeProcess.FreePort().ToString(CultureInfo.InvariantCulture));

        run.AssertExit(2);
        Assert.Contains("no-such-digest", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    private static void WriteDraftAndScheduledEntries(string input)
    {
        File.WriteAllText(Path.Combine(input, "papers", "2025", "draft-entry.md"), """
            ---
            title: "A Draft Entry Still Under Review"
            authors: [Ada Lovelace]
            date: 2025-03-11
            tags: [diffusion-models]
            slug: draft-entry
            draft: true
            ---
            Not ready yet.
            """);
        File.WriteAllText(Path.Combine(input, "papers", "2025", "scheduled-entry.md"), """
            ---
            title: "An Entry Scheduled for a Later Day"
            authors: [Ada Lovelace]
            date: 2099-01-05
            tags: [diffusion-models]
            slug: scheduled-entry
            ---
            Appears on its day.
            """);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, Uri url)
    {
        using var response = await http.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string?> H1Async(HttpClient http, Uri url)
    {
        var (status, body) = await GetAsync(http, url);
        return status == HttpStatusCode.OK ? new HtmlParser().ParseDocument(body).QuerySelector("h1")?.TextContent.Trim() : null;
    }

    private static async Task<JsonDocument> StatusAsync(HttpClient http, ServeProcess serve)
    {
        using var response = await http.GetAsync(new Uri(serve.BaseUrl, "__paperdigest/status"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
