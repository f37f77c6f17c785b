using PaperDigest.Building;
using PaperDigest.Scaffolding;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Validation;

/// <summary>What <c>check</c> warns editors about besides errors: placeholder summaries, unused tags, internal links to nowhere.</summary>
public sealed class EditorialChecksTests
{
    [Fact]
    public void Check_warns_about_placeholders_unused_tags_and_links_to_nowhere_but_passes()
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/new.md", TinyDigest.Entry("New", "2025-03-10", EntryWriter.PlaceholderSummary, extra: "draft: true\n")),
            ("2025/linking.md", TinyDigest.Entry("Linking", "2025-03-11", "See [new](/papers/new/), [gone](/papers/gone/) and [tags](/tags/testing/#top).")));

        var (content, diagnostics) = SiteBuilder.Check(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site"), IncludeDrafts: true));

        Assert.NotNull(content);
        Assert.All(diagnostics, d => Assert.False(d.IsError));
        var byCode = diagnostics.ToLookup(d => d.Code);
        var placeholder = Assert.Single(byCode["PD0119"]);
        Assert.EndsWith("papers/2025/new.md", placeholder.Location.Path, StringComparison.Ordinal);
        Assert.Equal(8, placeholder.Location.Line);
        var unused = Assert.Single(byCode["PD0301"]);
        Assert.Contains("'other'", unused.Message, StringComparison.Ordinal);
        Assert.EndsWith("tags.yml", unused.Location.Path, StringComparison.Ordinal);
        Assert.Equal(4, unused.Location.Line);
        var link = Assert.Single(byCode["PD0120"]);
        Assert.Contains("/papers/gone/", link.Message, StringComparison.Ordinal);
        Assert.Equal(7, link.Location.Line);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }

    [Fact]
    public void A_draft_still_holding_the_placeholder_is_reported_also_when_drafts_are_left_out()
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/new.md", TinyDigest.Entry("New", "2025-03-10", EntryWriter.PlaceholderSummary, extra: "draft: true\n")),
            ("2025/done.md", TinyDigest.Entry("Done", "2025-03-11", "A summary in our words.", extra: "draft: true\n")));

        var (content, diagnostics) = SiteBuilder.Check(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")));

        Assert.NotNull(content);
        var placeholder = Assert.Single(diagnostics, d => d.Code == "PD0119");
        Assert.False(placeholder.IsError);
        Assert.EndsWith("papers/2025/new.md", placeholder.Location.Path, StringComparison.Ordinal);
        Assert.Equal(8, placeholder.Location.Line);
    }

    [Fact]
    public void A_misspelt_tag_gets_the_tag_whose_first_word_it_resembles()
    {
        using var temp = new TempFolder();
        var tags = "diffusion-models:\n  name: Diffusion models\nactive-matter:\n  name: Active matter\n";
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, tags,
            ("2025/a.md", TinyDigest.Entry("A", "2025-03-10", "Body.", tags: "[difusion]")));

        var (_, diagnostics) = SiteBuilder.Check(new BuildOptions(input, RepoPaths.Theme, temp.Combine("site")));

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("PD0103", error.Code);
        Assert.Contains("unknown tag 'difusion' (did you mean 'diffusion-models'?)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_entry_whose_summary_is_still_the_placeholder_is_an_error_and_nothing_is_published()
    {
        using var temp = new TempFolder();
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/new.md", TinyDigest.Entry("New", "2025-03-10", EntryWriter.PlaceholderSummary)));

        var result = SiteBuilder.Build(new BuildOptions(input, temp.Combine("no-theme"), temp.Combine("site")));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("PD0119", error.Code);
        Assert.EndsWith("papers/2025/new.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(7, error.Location.Line);
        Assert.False(Directory.Exists(temp.Combine("site")));
    }
}
