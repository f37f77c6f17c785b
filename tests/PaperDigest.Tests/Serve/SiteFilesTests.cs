using PaperDigest.Cli.Serve;

namespace PaperDigest.Tests.Serve;

/// <summary>Request paths map to files of the output folder as on a static host, and never outside it.</summary>
public sealed class SiteFilesTests : IDisposable
{
    private readonly TempFolder temp = new();

    public SiteFilesTests()
    {
        Write("index.html");
        Write("papers/x/index.html");
        Write("papers/x/cite.bib");
        Write("assets/site.css");
        Write(".paperdigest-output");
        Directory.CreateDirectory(temp.Combine("site", "empty"));
        File.WriteAllText(temp.Combine("secret.txt"), "outside the site");
    }

    private string Root => temp.Combine("site");

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/papers/x/", "papers/x/index.html")]
    [InlineData("/papers/x/cite.bib", "papers/x/cite.bib")]
    [InlineData("/assets/site.css", "assets/site.css")]
    public void Paths_name_files_and_folders_name_their_index(string sitePath, string file)
    {
        var (kind, found) = SiteFiles.Resolve(Root, sitePath);
        Assert.Equal(SiteFileKind.File, kind);
        Assert.Equal(Path.Combine(Root, file), found);
    }

    [Fact]
    public void A_folder_without_its_trailing_slash_is_redirected() =>
        Assert.Equal(SiteFileKind.FolderWithoutSlash, SiteFiles.Resolve(Root, "/papers/x").Kind);

    [Theory]
    [InlineData("/missing/")]
    [InlineData("/missing.html")]
    [InlineData("/empty/")]
    [InlineData("/empty")]
    [InlineData("/../secret.txt")]
    [InlineData("/papers/../../secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/.paperdigest-output")]
    [InlineData("relative")]
    public void Anything_else_is_not_found(string sitePath) => Assert.Equal(SiteFileKind.NotFound, SiteFiles.Resolve(Root, sitePath).Kind);

    public void Dispose() => temp.Dispose();

    private void Write(string relative)
    {
        var path = temp.Combine(["site", .. relative.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, relative);
    }
}
