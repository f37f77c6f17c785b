namespace PaperDigest.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Repository_root_holds_the_sample_digest() =>
        Assert.True(File.Exists(Path.Combine(RepoPaths.Input, "site.yml")));
}
