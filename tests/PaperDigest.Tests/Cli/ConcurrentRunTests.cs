using System.Diagnostics;
using System.Globalization;
using System.Net;
using PaperDigest.Tests.Serve;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// Two runs on one output folder, as real processes: the second waits for the lock beside the folder for
/// <c>--lock-wait</c> seconds, then fails with exit 3 and a PD0603 message naming the holder's command and pid,
/// touching nothing; a holder killed with <c>kill -9</c> leaves no lock behind.
/// </summary>
public sealed class ConcurrentRunTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_build_and_a_second_serve_wait_for_a_serve_holding_the_output_then_fail_naming_it()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        using var serve = ServeProcess.Start(temp.Path, temp.Combine("tmp"), "--input", input, "--theme", RepoPaths.Theme, "--output", "site");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        await serve.WaitUntilServingAsync(http, Generous);
        var served = FolderSnapshot.Take(temp.Combine("site"));

        var build = PaperDigestProcess.Run(temp.Path, "build", "--input", input, "--theme", RepoPaths.Theme, "--output", "site", "--lock-wait", "1");
        var secondServe = PaperDigestProcess.Run(temp.Path,
            "serve", "--input", input, "--theme", RepoPaths.Theme, "--output", "site", "--lock-wait", "0", "--port", ServeProcess.FreePort().ToString(CultureInfo.InvariantCulture));

        foreach (var run in new[] { build, secondServe })
        {
            run.AssertExit(3);
            run.AssertNoStackTrace();
            Assert.Empty(run.StdoutLines);
            Assert.Contains("output folder 'site' is in use by paperdigest serve (pid " + serve.Id.ToString(CultureInfo.InvariantCulture) + ", started ", run.StderrLines[0], StringComparison.Ordinal);
            Assert.StartsWith("paperdigest: error PD0603: output folder 'site' is still in use by paperdigest serve (pid " + serve.Id.ToString(CultureInfo.InvariantCulture), run.StderrLines[^1], StringComparison.Ordinal);
            Assert.Contains("--lock-wait", run.StderrLines[^1], StringComparison.Ordinal);
        }

        // The serve's site, staging and cache are as it left them, and it still serves.
        FolderSnapshot.AssertIdentical(served, FolderSnapshot.Take(temp.Combine("site")), "the served site after a blocked build");
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, ".site.pd-staging-*"));
        using var response = await http.GetAsync(serve.BaseUrl, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(serve.HasExited, serve.Output);
    }

    [Fact]
    public async Task A_serve_killed_with_kill_9_leaves_no_lock_that_blocks_the_next_build()
    {
        using var temp = new TempFolder();
        using var serve = ServeProcess.Start(temp.Path, temp.Combine("tmp"), "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", "site");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        await serve.WaitUntilServingAsync(http, Generous);

        using (var holder = Process.GetProcessById(serve.Id))
        {
            holder.Kill(); // SIGKILL: no clean-up runs
        }

        Assert.True(serve.WaitForExit(Generous), "serve did not die");
        // The lock file is still there and still names the dead server: its mere existence must not block.
        Assert.StartsWith(serve.Id.ToString(CultureInfo.InvariantCulture) + "\n", File.ReadAllText(temp.Combine(".site.pd-lock")), StringComparison.Ordinal);

        var build = PaperDigestProcess.Run(temp.Path, "build", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", "site", "--lock-wait", "0");

        build.AssertExit(0);
        Assert.DoesNotContain("in use", build.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("site", "papers", "2309.05153", "index.html")));
        Assert.Equal("", File.ReadAllText(temp.Combine(".site.pd-lock")));
    }

    [Fact]
    public async Task A_second_build_waits_for_the_first_then_fails_naming_it_and_the_first_completes()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        KilledBuildTests.WriteManyEntries(input, 300);
        var lockFile = temp.Combine(".site.pd-lock");

        using var first = PaperDigestProcess.Start(temp.Path, new Dictionary<string, string>(), "build", "--input", input, "--theme", RepoPaths.Theme, "--output", "site");
        var firstStdout = first.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var firstStderr = first.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var pid = first.Id.ToString(CultureInfo.InvariantCulture);
        try
        {
            // Once the lock names the first build, stop it (SIGSTOP) so it holds the lock for as long as the test needs.
            var clock = Stopwatch.StartNew();
            while (!(File.Exists(lockFile) && File.ReadAllText(lockFile).StartsWith(pid + "\n", StringComparison.Ordinal)))
            {
                if (first.HasExited)
                {
                    Assert.Fail($"the first build ended before it was seen holding the lock\n{await firstStdout}{await firstStderr}");
                }

                Assert.True(clock.Elapsed < Generous, "the first build never took the lock");
                await Task.Delay(5, TestContext.Current.CancellationToken);
            }

            Signal(first.Id, "STOP");
            Assert.False(first.HasExited, "the first build finished before it could be paused; the digest is too small to test this");

            var second = PaperDigestProcess.Run(temp.Path, "build", "--input", input, "--theme", RepoPaths.Theme, "--output", "site", "--lock-wait", "1");

            second.AssertExit(3);
            second.AssertNoStackTrace();
            Assert.Contains($"is in use by paperdigest build (pid {pid}, started ", second.StderrLines[0], StringComparison.Ordinal);
            Assert.StartsWith($"paperdigest: error PD0603: output folder 'site' is still in use by paperdigest build (pid {pid}", second.StderrLines[^1], StringComparison.Ordinal);
            // Only the first build's staging folder (named by its pid) is beside the output.
            Assert.All(Directory.EnumerateDirectories(temp.Path, ".site.pd-staging-*"), f => Assert.StartsWith($".site.pd-staging-{pid}-", Path.GetFileName(f), StringComparison.Ordinal));
        }
        finally
        {
            Signal(first.Id, "CONT");
        }

        Assert.True(first.WaitForExit(Generous), "the first build did not finish after it was resumed");
        first.WaitForExit();
        Assert.True(first.ExitCode == 0, $"the first build exited {first.ExitCode}\n{await firstStdout}{await firstStderr}");
        Assert.True(File.Exists(temp.Combine("site", ".paperdigest-output")));
        Assert.Contains("Generated paper 299", File.ReadAllText(temp.Combine("site", "papers", "generated-paper-299", "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateDirectories(temp.Path, ".site.pd-*"), f => !f.EndsWith(".site.pd-cache", StringComparison.Ordinal));

        // With the first build gone the lock is free, and the next build keeps the first's files.
        var third = PaperDigestProcess.Run(temp.Path, "build", "--input", input, "--theme", RepoPaths.Theme, "--output", "site", "--lock-wait", "0");
        third.AssertExit(0);
        Assert.Contains("(0 written)", third.StdoutLines[^1], StringComparison.Ordinal);
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-s", signal, pid.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
    }
}
