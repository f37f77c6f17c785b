using System.Diagnostics;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// Runs <c>dotnet</c> (pack, tool install) or an installed <c>paperdigest</c> command as a separate process, as a user
/// in a terminal would, but with CI's settings: <c>NO_COLOR=1</c>, <c>CI=true</c>, no telemetry, output captured.
/// </summary>
internal static class ToolProcess
{
    /// <summary>The dotnet that runs the tests, so nested commands use the same SDK.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static CliRun Dotnet(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Run(DotnetHost, workingDirectory, timeout, arguments);

    public static CliRun Run(string program, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["CI"] = "true";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        // The installed command's launcher finds the runtime beside the dotnet that runs the tests.
        if (Path.IsPathRooted(DotnetHost))
        {
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(DotnetHost);
        }

        // The test host's build settings would otherwise leak into the nested dotnet commands.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        return CliRun.Wait(process, $"{Path.GetFileName(program)} {string.Join(' ', arguments)}", timeout);
    }
}
