using PaperDigest.Reading;

namespace PaperDigest.Tests.Reading;

/// <summary>A folder's files taken from a listing of the whole input folder are the ones listing the folder itself gives.</summary>
public sealed class InputReaderTests
{
    [Fact]
    public void A_folder_taken_from_the_whole_listing_matches_listing_it_alone()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        foreach (var file in new[]
        {
            "site.yml", "papers/2024/a.md", "papers/2024/B.MD", "papers/2024/notes.txt", "papers/2024/.draft.md", "papers/.trash/old.md",
            "papers/2025/deep/c.md", "papers-old/x.md", "pages/about.md", "pages/about.md.bak", "static/papers/y.md",
        })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp.Combine("input", file))!);
            File.WriteAllText(temp.Combine("input", file), "x");
        }

        var everything = InputReader.List(input, ".", null);

        Assert.Equal(["papers/2024/B.MD", "papers/2024/a.md", "papers/2025/deep/c.md"], InputReader.List(input, "papers", ".md", everything));
        Assert.Equal(InputReader.List(input, "papers", ".md"), InputReader.List(input, "papers", ".md", everything));
        Assert.Equal(InputReader.List(input, "pages", ".md"), InputReader.List(input, "pages", ".md", everything));
        Assert.Equal(InputReader.List(input, "static", null), InputReader.List(input, "static", null, everything));
    }

    [Fact]
    public void A_folder_the_whole_listing_does_not_name_is_listed_from_disk()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        Directory.CreateDirectory(temp.Combine("input", "papers"));
        File.WriteAllText(temp.Combine("input", "papers", "a.md"), "x");

        Assert.Equal(["papers/a.md"], InputReader.List(input, "papers", ".md", ["site.yml"]));
        Assert.Empty(InputReader.List(input, "pages", ".md", ["site.yml"]));
    }
}
