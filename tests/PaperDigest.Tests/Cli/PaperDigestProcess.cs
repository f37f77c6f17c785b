using System.Diagnostics;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// Runs the real <c>paperdigest</c> command (<c>dotnet paperdigest.dll ...</c>, the build copied beside the tests)
/// in a working folder, as CI would: <c>NO_COLOR=1</c>, <c>CI=true</c>, output captured, at most 60 s.
/// </summary>
internal static class PaperDigestProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static CliRun Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs with extra environment variables, such as <c>TZ</c> and <c>LANG</c>.</summary>
    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(workingDirectory, environment, [], RepoPaths.CliDll, arguments);

    /// <summary>
    /// Runs <paramref name="cliDll"/> behind a <paramref name="launcher"/> command (such as <c>setpriv</c>, to run as
    /// another user), with extra environment variables.
    /// </summary>
    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> launcher, string cliDll, params string[] arguments)
    {
        using var process = Start(workingDirectory, environment, launcher, cliDll, arguments);
        var run = CliRun.Wait(process, "paperdigest " + string.Join(' ', arguments), Timeout);
        return run with { Arguments = string.Join(' ', arguments) };
    }

    /// <summary>Starts the command without waiting for it; the caller reads its output and ends it.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start(workingDirectory, environment, [], RepoPaths.CliDll, arguments);

    private static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> launcher, string cliDll, string[] arguments)
    {
        Assert.True(File.Exists(cliDll), $"{cliDll} is missing; build tests/PaperDigest.Tests");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(launcher.Count > 0 ? launcher[0] : dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var part in launcher.Skip(1))
        {
            start.ArgumentList.Add(part);
        }

        if (launcher.Count > 0)
        {
            start.ArgumentList.Add(dotnet);
        }

        start.ArgumentList.Add(cliDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["CI"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }
}
