using PaperDigest.Building;
using PaperDigest.Incremental;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// The memo of made images that the test run's in-process builds share (<see cref="SharedImages"/>): a clean
/// build that takes its figures and social cards from it writes exactly the bytes a build that draws them writes.
/// </summary>
public sealed class MadeFileMemoTests
{
    [Fact]
    public void A_clean_build_taking_images_from_the_memo_writes_what_a_build_drawing_them_writes()
    {
        using var temp = new TempFolder();
        var memo = new MadeFileMemo();

        var drawn = Build(temp, "drawn", null);
        var first = Build(temp, "first", memo);
        Assert.Equal(0, memo.Reused);
        var second = Build(temp, "second", memo);

        Assert.True(memo.Reused > 0, "the second build took nothing from the memo");
        FolderSnapshot.AssertIdentical(drawn, first, "a build that filled the memo");
        FolderSnapshot.AssertIdentical(drawn, second, "a build that took its images from the memo");
    }

    private static FolderSnapshot Build(TempFolder temp, string name, MadeFileMemo? memo)
    {
        var output = temp.Combine(name);
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, output, Today: DigestCopy.Today, CacheRoot: output + "-cache", Clean: true) { MadeFiles = memo });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return FolderSnapshot.Take(output);
    }
}
