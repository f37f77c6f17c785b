using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary>Two builds of the same inputs are byte-identical whatever the machine's time zone, locale and number of cores.</summary>
public sealed class ReproducibleBuildTests
{
    [Fact]
    public void Builds_under_different_time_zones_and_locales_are_byte_identical()
    {
        using var temp = new TempFolder();
        var machines = new (string Name, Dictionary<string, string> Environment)[]
        {
            ("utc", new() { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" }),
            ("auckland-turkish-one-core", new() { ["TZ"] = "Pacific/Auckland", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["DOTNET_PROCESSOR_COUNT"] = "1" }),
            ("honolulu-arabic", new() { ["TZ"] = "Pacific/Honolulu", ["LANG"] = "ar_SA.UTF-8", ["LC_ALL"] = "ar_SA.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "false" }),
        };

        var snapshots = new List<(string Name, FolderSnapshot Files)>();
        foreach (var (name, environment) in machines)
        {
            var output = temp.Combine(name);
            var run = PaperDigestProcess.Run(temp.Path, environment, "build", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--output", output);
            run.AssertExit(0);
            snapshots.Add((name, FolderSnapshot.Take(output)));
        }

        foreach (var (name, files) in snapshots.Skip(1))
        {
            FolderSnapshot.AssertIdentical(snapshots[0].Files, files, $"the build under {name}");
        }
    }
}
