using PaperDigest.Cli.Serve;

namespace PaperDigest.Tests.Serve;

/// <summary>Saving in an editor causes a rebuild; the scratch files editors write beside the file do not.</summary>
public sealed class WatchFilterTests
{
    [Theory]
    [InlineData("input/papers/2025/.2309.05153.md.swp")]
    [InlineData("input/papers/2025/.2309.05153.md.swx")]
    [InlineData("input/papers/2025/4913")]
    [InlineData("input/papers/2025/2309.05153.md~")]
    [InlineData("input/papers/2025/.#2309.05153.md")]
    [InlineData("input/papers/2025/#2309.05153.md#")]
    [InlineData("theme/templates/.DS_Store")]
    [InlineData("input/.git/index")]
    [InlineData("/home/ed/digest/input/.git/objects/ab/cdef")]
    [InlineData("C:\\digest\\input\\papers\\x.md~")]
    public void Editor_scratch_files_are_ignored(string path) => Assert.True(WatchFilter.IsIgnored(path), path);

    [Theory]
    [InlineData("input/papers/2025/2309.05153.md")]
    [InlineData("input/site.yml")]
    [InlineData("input/tags.yml")]
    [InlineData("input/static/favicon.svg")]
    [InlineData("theme/templates/paper.sbn-html")]
    [InlineData("theme/assets/site.css")]
    [InlineData("/home/ed/digest/input/papers/2025")]
    [InlineData("input/papers/2025/49130.md")]
    [InlineData("input/papers/2025/a#b.md")]
    [InlineData("C:\\digest\\input\\papers\\x.md")]
    public void Real_changes_are_not_ignored(string path) => Assert.False(WatchFilter.IsIgnored(path), path);
}
