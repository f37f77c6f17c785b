using System.Diagnostics;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// Runs the real <c>paperdigest</c> command (<c>dotnet paperdigest.dll ...</c>, the build copied beside the tests)
/// in a working folder, as CI would: <c>NO_COLOR=1</c>, <c>CI=true</c>, output captured, at most 60 s.
/// </summary>
internal static class PaperDigestProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static CliRun Run(string workingDirectory, params string[] arguments)
    {
        Assert.True(File.Exists(RepoPaths.CliDll), $"{RepoPaths.CliDll} is missing; build src/PaperDigest.Cli");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoPaths.CliDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["CI"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"paperdigest {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return new CliRun(string.Join(' ', arguments), process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
