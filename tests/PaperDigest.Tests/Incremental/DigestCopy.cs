using PaperDigest.Building;
using PaperDigest.Incremental;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// A copy of the sample digest and its theme, built into one output folder with its build cache. Its builds, clean
/// ones included, take figures and social cards already made from the same input by an earlier build of the test run
/// (<see cref="MadeFiles"/>): drawing and encoding them is most of a clean build of the sample, and these tests are
/// about what is kept and made again, not about encoding (DeterminismTests and the figure tests make every file).
/// </summary>
internal sealed class DigestCopy
{
    /// <summary>The images made by the test run's builds (<see cref="SharedImages"/>).</summary>
    public static MadeFileMemo MadeFiles => SharedImages.Memo;

    /// <summary>The day of the first build; entries dated after <see cref="Day"/> are scheduled.</summary>
    public static readonly DateOnly Today = new(2025, 6, 1);

    private DigestCopy(string input, string theme, string output)
    {
        Input = input;
        Theme = theme;
        Output = output;
    }

    public string Input { get; }

    public string Theme { get; }

    public string Output { get; }

    /// <summary>The day of the build, which tests move forward as time passes.</summary>
    public DateOnly Day { get; set; } = Today;

    public static DigestCopy In(TempFolder temp) =>
        new(temp.CopyFrom(RepoPaths.Input, "input"), temp.CopyFrom(RepoPaths.Theme, "theme"), temp.Combine("site"));

    public IReadOnlyList<string> Entries() =>
        [.. Directory.EnumerateFiles(Path.Combine(Input, "papers"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>An incremental build into <see cref="Output"/>, which must succeed; <paramref name="what"/> says what led to it, for the failure message.</summary>
    public BuildResult Build(string what = "")
    {
        var result = SiteBuilder.Build(new BuildOptions(Input, Theme, Output, Today: Day) { MadeFiles = MadeFiles });
        Assert.True(result.Succeeded, $"{what}\n{string.Join('\n', result.Diagnostics)}");
        return result;
    }

    /// <summary>A build of the same inputs into a new folder, with a cache of its own.</summary>
    public FolderSnapshot CleanBuild(string output) => FolderSnapshot.Take(BuildClean(output).Output);

    /// <summary>A build of the same inputs afresh into <paramref name="output"/> (emptied first) and a cache of its own; it must succeed and write every file.</summary>
    public (BuildResult Result, string Output) BuildClean(string output, string what = "")
    {
        var cache = output + "-cache";
        foreach (var folder in new[] { output, cache }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        var result = SiteBuilder.Build(new BuildOptions(Input, Theme, output, Today: Day, CacheRoot: cache, Clean: true) { MadeFiles = MadeFiles });
        Assert.True(result.Succeeded, $"{what}\n{string.Join('\n', result.Diagnostics)}");
        Assert.Equal(result.Files, result.Written);
        return (result, output);
    }
}
