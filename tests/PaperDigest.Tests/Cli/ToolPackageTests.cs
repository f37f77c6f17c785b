namespace PaperDigest.Tests.Cli;

/// <summary>
/// The command as an editor installs it: <c>dotnet pack</c> makes the one tool package, <c>dotnet tool install</c>
/// installs it from that folder alone, and the installed <c>paperdigest</c> builds the sample digest in a folder
/// outside the repository, with the built-in theme.
/// </summary>
[Collection(PackedToolGroup.Name)]
public sealed class ToolPackageTests(PackedTool tool)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void The_packed_tool_installs_from_its_folder_and_builds_the_sample_digest_outside_the_repository()
    {
        using var temp = new TempFolder();
        _ = tool.Packed;
        var packed = Directory.GetFiles(tool.Packages).Select(Path.GetFileName).ToList();
        Assert.Equal([$"paperdigest.{PackedTool.Version}.nupkg"], packed);

        var (_, paperdigest) = tool.Install(temp.Path, temp.Combine("tools"));

        var digest = temp.CopyFrom(RepoPaths.Input, "digest");
        Assert.False(Directory.Exists(Path.Combine(digest, "theme")), "the sample digest should have no theme folder of its own");

        var printed = ToolProcess.Run(paperdigest, temp.Path, RunTimeout, "--version");
        printed.AssertExit(0);
        Assert.Equal(PackedTool.Version, printed.Stdout.Trim());
        Assert.DoesNotContain("+", PackedTool.Version, StringComparison.Ordinal);

        var build = ToolProcess.Run(paperdigest, temp.Path, RunTimeout, "build", "--input", "digest", "--output", "site");
        build.AssertExit(0);
        var site = temp.Combine("site");
        Assert.True(File.Exists(Path.Combine(site, "index.html")), $"no index.html\n{build}");
        Assert.True(File.Exists(Path.Combine(site, "feed.xml")), $"no feed.xml\n{build}");
        Assert.True(File.Exists(Path.Combine(site, "papers", "2212.02846", "index.html")), $"no paper page\n{build}");
        Assert.Single(Directory.GetFiles(Path.Combine(site, "assets"), "site.*.css"));
    }
}
