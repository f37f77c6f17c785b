using System.Globalization;
using PaperDigest.Building;

namespace PaperDigest.Tests.Site;

/// <summary>A build's bytes depend only on its inputs: not on the run, thread timing or the machine's culture.</summary>
[RunsLong]
public sealed class DeterminismTests(DeterminismTests.InvariantBuild invariant) : IClassFixture<DeterminismTests.InvariantBuild>
{
    [Fact]
    public void Building_the_sample_twice_gives_byte_identical_files()
    {
        using var temp = new TempFolder();
        var first = Build(temp.Combine("first"));
        var second = Build(temp.Combine("second"));
        Assert.True(first.Files.Count > 50);
        FolderSnapshot.AssertIdentical(first, second, "a second build of the same inputs");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Building_under_another_culture_gives_byte_identical_files(string culture)
    {
        using var temp = new TempFolder();
        var other = WithCulture(new CultureInfo(culture), () => Build(temp.Combine(culture)));
        FolderSnapshot.AssertIdentical(invariant.Site, other, $"a build under {culture}");
    }

    /// <summary>The sample built once under the invariant culture, which every culture's build is compared with.</summary>
    public sealed class InvariantBuild : IDisposable
    {
        private readonly TempFolder temp = new();
        private readonly Lazy<FolderSnapshot> site;

        public InvariantBuild() => site = new(() => WithCulture(CultureInfo.InvariantCulture, () => Build(temp.Combine("invariant"))));

        internal FolderSnapshot Site => site.Value;

        public void Dispose() => temp.Dispose();
    }

    private static FolderSnapshot Build(string output)
    {
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, output));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return FolderSnapshot.Take(output);
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
