using System.Diagnostics;
using System.Reflection;
using PaperDigest.Cli;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// The command as an editor installs it: <c>dotnet pack</c> makes the one tool package, <c>dotnet tool install</c>
/// installs it from that folder alone, and the installed <c>paperdigest</c> builds the sample digest in a folder
/// outside the repository, with the built-in theme.
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void The_packed_tool_installs_from_its_folder_and_builds_the_sample_digest_outside_the_repository()
    {
        using var temp = new TempFolder();
        var version = typeof(ExitCodes).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var packages = temp.Combine("packages");

        // Its own artifacts folder: the pack neither reads nor overwrites the repository's bin/ and obj/.
        var pack = Dotnet(
            RepoPaths.Root,
            PackTimeout,
            "pack", Path.Combine(RepoPaths.Root, "src", "PaperDigest.Cli"), "-c", "Release", "-o", packages, "--artifacts-path", temp.Combine("artifacts"));
        pack.AssertExit(0);
        var packed = Directory.GetFiles(packages).Select(Path.GetFileName).ToList();
        Assert.Equal([$"paperdigest.{version}.nupkg"], packed);

        // A NuGet configuration with the package folder as its only source: the install reaches no registry.
        var nugetConfig = temp.Combine("nuget.config");
        File.WriteAllText(nugetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packages" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = temp.Combine("tools");
        var install = Dotnet(temp.Path, RunTimeout, "tool", "install", "paperdigest", "--tool-path", tools, "--configfile", nugetConfig);
        install.AssertExit(0);

        var digest = temp.CopyFrom(RepoPaths.Input, "digest");
        Assert.False(Directory.Exists(Path.Combine(digest, "theme")), "the sample digest should have no theme folder of its own");
        var paperdigest = Path.Combine(tools, "paperdigest");

        var printed = Run(paperdigest, temp.Path, RunTimeout, "--version");
        printed.AssertExit(0);
        Assert.Equal(version, printed.Stdout.Trim());
        Assert.DoesNotContain("+", version, StringComparison.Ordinal);

        var build = Run(paperdigest, temp.Path, RunTimeout, "build", "--input", "digest", "--output", "site");
        build.AssertExit(0);
        var site = temp.Combine("site");
        Assert.True(File.Exists(Path.Combine(site, "index.html")), $"no index.html\n{build}");
        Assert.True(File.Exists(Path.Combine(site, "feed.xml")), $"no feed.xml\n{build}");
        Assert.True(File.Exists(Path.Combine(site, "papers", "2212.02846", "index.html")), $"no paper page\n{build}");
        Assert.Single(Directory.GetFiles(Path.Combine(site, "assets"), "site.*.css"));
    }

    private static CliRun Dotnet(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Run(DotnetHost, workingDirectory, timeout, arguments);

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static CliRun Run(string program, string workingDirectory, TimeSpan timeout, params string[] arguments)
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
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {timeout.TotalMinutes} min");
        }

        process.WaitForExit();
        return new CliRun($"{Path.GetFileName(program)} {string.Join(' ', arguments)}", process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
