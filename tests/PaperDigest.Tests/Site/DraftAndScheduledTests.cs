using AngleSharp.Html.Parser;
using PaperDigest.Building;

namespace PaperDigest.Tests.Site;

/// <summary>Drafts and entries dated after today appear only in previews (--drafts, serve), marked as such.</summary>
public sealed class DraftAndScheduledTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Drafts_and_scheduled_entries_appear_only_when_previewing_and_carry_a_badge(bool drafts)
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/published.md", TinyDigest.Entry("Published", "2025-05-30", "Body.")),
            ("2025/draft.md", TinyDigest.Entry("Draft paper", "2025-05-30", "Body.", extra: "draft: true\n")),
            ("2025/later.md", TinyDigest.Entry("Later paper", "2025-06-20", "Body.")));
        var output = temp.Combine("site");
        var result = SiteBuilder.Build(new BuildOptions(input, RepoPaths.Theme, output, IncludeDrafts: drafts, Today: Today));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        var titles = home.QuerySelectorAll(".card-title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("Published", titles);
        Assert.Equal(drafts, titles.Contains("Draft paper"));
        Assert.Equal(drafts, titles.Contains("Later paper"));
        Assert.Equal(drafts, Directory.Exists(Path.Combine(output, "papers", "later-paper")));
        if (drafts)
        {
            var badges = home.QuerySelectorAll(".card").ToDictionary(
                c => c.QuerySelector(".card-title")!.TextContent.Trim(),
                c => string.Join(' ', c.QuerySelectorAll(".badge").Select(b => b.TextContent.Trim())));
            Assert.Equal("Draft", badges["Draft paper"]);
            Assert.Equal("Scheduled", badges["Later paper"]);
            Assert.Equal("", badges["Published"]);
        }
        else
        {
            Assert.Contains(result.Diagnostics, d => d.Code == "PD0105" && !d.IsError);
        }
    }
}
