using System.Reflection;
using PaperDigest.Cli;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// The <c>paperdigest</c> tool package, packed once for the test classes of <see cref="PackedToolGroup"/> (packing
/// takes about a minute), and a NuGet configuration whose only source is the folder it was packed into, so an install
/// from it reaches no registry. Each test installs it into a tool path of its own.
/// </summary>
public sealed class PackedTool : IDisposable
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(2);

    private readonly TempFolder temp = new();
    private readonly Lazy<CliRun> pack;

    public PackedTool() => pack = new Lazy<CliRun>(Pack);

    /// <summary>The version the tool reports and its package carries.</summary>
    public static string Version { get; } =
        typeof(ExitCodes).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    public string Packages => temp.Combine("packages");

    public string NugetConfig => temp.Combine("nuget.config");

    /// <summary>Packs the tool on first use; a failed pack fails every test that asks for it, with what dotnet printed.</summary>
    internal CliRun Packed
    {
        get
        {
            var run = pack.Value;
            run.AssertExit(0);
            return run;
        }
    }

    /// <summary>
    /// Installs the package into <paramref name="toolPath"/> as <c>dotnet tool install paperdigest --tool-path</c>
    /// does, and returns the install and the installed command's path.
    /// </summary>
    internal (CliRun Install, string Command) Install(string workingDirectory, string toolPath)
    {
        _ = Packed;
        var install = ToolProcess.Dotnet(workingDirectory, InstallTimeout, "tool", "install", "paperdigest", "--tool-path", toolPath, "--configfile", NugetConfig);
        install.AssertExit(0);
        return (install, Path.Combine(toolPath, OperatingSystem.IsWindows() ? "paperdigest.exe" : "paperdigest"));
    }

    public void Dispose() => temp.Dispose();

    private CliRun Pack()
    {
        // In the artifacts folder of the command published for the tests (RepoPaths.CliArtifacts), not the repository's
        // bin/ and obj/: its restore already holds the packages, and its Release build of the library, which does not
        // depend on the runtime, is up to date, so the pack compiles only the command itself (about 22 s of processor
        // time instead of 35 s). The analyzers are the repository build's check and change nothing in the package.
        var run = ToolProcess.Dotnet(
            RepoPaths.Root,
            PackTimeout,
            "pack", Path.Combine(RepoPaths.Root, "src", "PaperDigest.Cli"), "-c", "Release", "--no-restore", "-o", Packages, "--artifacts-path", RepoPaths.CliArtifacts,
            "-p:RunAnalyzers=false", "-p:EnforceCodeStyleInBuild=false");
        File.WriteAllText(NugetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packages" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        return run;
    }
}

/// <summary>The test classes that share one packed tool (<see cref="PackedTool"/>); they run one after another.</summary>
[RunsLong]
[CollectionDefinition(Name)]
public sealed class PackedToolGroup : ICollectionFixture<PackedTool>
{
    public const string Name = "Packed tool";
}
