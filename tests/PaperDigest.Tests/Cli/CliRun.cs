using System.Diagnostics;

namespace PaperDigest.Tests.Cli;

/// <summary>How a run of the <c>paperdigest</c> process ended.</summary>
internal sealed record CliRun(string Arguments, int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines => Lines(Stdout);

    public IReadOnlyList<string> StderrLines => Lines(Stderr);

    /// <summary>
    /// Waits for a started process whose input is closed and whose output is redirected, reading both streams; kills it
    /// and fails the test when it runs past <paramref name="timeout"/>.
    /// </summary>
    public static CliRun Wait(Process process, string arguments, TimeSpan timeout)
    {
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{arguments} did not finish within {timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new CliRun(arguments, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Fails unless the process exited with <paramref name="expected"/>, showing what it printed.</summary>
    public void AssertExit(int expected) =>
        Assert.True(ExitCode == expected, $"paperdigest {Arguments} exited {ExitCode}, expected {expected}\n{this}");

    /// <summary>Bad input ends in messages, never in a .NET exception or stack trace.</summary>
    public void AssertNoStackTrace()
    {
        var all = Stdout + Stderr;
        Assert.False(all.Contains("Exception", StringComparison.Ordinal), $"paperdigest {Arguments} printed an exception\n{this}");
        Assert.DoesNotContain(Lines(all), l => l.StartsWith("   at ", StringComparison.Ordinal));
    }

    public override string ToString() => $"--- stdout\n{Stdout}--- stderr\n{Stderr}---";

    private static List<string> Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];
}
