using System.Text;
using PaperDigest.Theming;
using PaperDigest.Theming.Views;

namespace PaperDigest.Tests.Theming;

/// <summary>
/// <c>docs/theme-reference.md</c> is what <see cref="ThemeReference"/> writes from the code, and every value a
/// template can reach has a doc comment to write. Run with <c>UPDATE_GOLDEN=1</c> to rewrite the file, then read it.
/// </summary>
public sealed class ThemeReferenceTests
{
    private const string Update = "run `UPDATE_GOLDEN=1 dotnet test --filter ThemeReference` and commit the result";

    private static readonly bool UpdateGolden = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    [Fact]
    public void The_theme_reference_is_up_to_date()
    {
        var actual = new ThemeReference(ViewDocumentation.Load()).Write();
        var path = ThemeReference.DocumentPath;
        var exists = File.Exists(path);
        var expected = exists ? Normalise(File.ReadAllText(path, Encoding.UTF8)) : "";
        if (UpdateGolden && (!exists || expected != actual))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(exists, $"{path} is missing; {Update}");
        Assert.True(expected == actual, $"docs/theme-reference.md differs from the views and ThemeContract ({FirstDifference(expected, actual)}); {Update}");
    }

    [Fact]
    public void Every_value_a_template_can_reach_has_a_doc_comment()
    {
        var docs = ViewDocumentation.Load();
        var missing = new List<string>();
        foreach (var view in ThemeReference.ReachableViews())
        {
            if (docs.Summary(view) is null)
            {
                missing.Add($"{view.Name} (the record's <summary>)");
            }

            missing.AddRange(ThemeReference.Variables(view)
                .Where(p => docs.Meaning(p) is null)
                .Select(p => $"{view.Name}.{p.Name} ({ThemeReference.Variable(p.Name)})"));
        }

        Assert.True(missing.Count == 0,
            "give these a <param> (positional members) or <summary> (other properties) in src/PaperDigest/Theming/Views/: "
            + string.Join(", ", missing));
    }

    [Fact]
    public void Every_member_type_is_one_the_reference_can_describe()
    {
        foreach (var property in ThemeReference.ReachableViews().SelectMany(ThemeReference.Variables))
        {
            Assert.NotEmpty(ThemeReference.Describe(property));
        }
    }

    [Fact]
    public void Nested_records_lists_and_nullables_are_reached()
    {
        var reachable = ThemeReference.ReachableViews();

        Assert.Contains(typeof(SiteView), reachable);       // a record held by a view
        Assert.Contains(typeof(TagChipView), reachable);    // the elements of a list held by a record
        Assert.Contains(typeof(NavLinkView), reachable);    // a record that may be null
        Assert.Contains(typeof(PageLinkView), reachable);   // a list inside a nested record
        Assert.Equal(reachable.Count, reachable.Distinct().Count());
    }

    [Fact]
    public void Types_read_as_a_theme_author_reads_them()
    {
        string Of(Type view, string member) => ThemeReference.Describe(view.GetProperty(member)!);

        Assert.Equal("text", Of(typeof(PaperCardView), nameof(PaperCardView.Title)));
        Assert.Equal("text or null", Of(typeof(PaperCardView), nameof(PaperCardView.Venue)));
        Assert.Equal("true/false", Of(typeof(PaperCardView), nameof(PaperCardView.HasLinks)));
        Assert.Equal("number", Of(typeof(HomeView), nameof(HomeView.PaperCount)));
        Assert.Equal("list of text", Of(typeof(PaperCardView), nameof(PaperCardView.Authors)));
        Assert.Equal("list of [TagChipView](#tagchipview)", Of(typeof(PaperCardView), nameof(PaperCardView.Tags)));
        Assert.Equal("[NavLinkView](#navlinkview) or null", Of(typeof(PaperPageView), nameof(PaperPageView.Newer)));
        Assert.Equal("trusted HTML", Of(typeof(LayoutView), nameof(LayoutView.Content)));
        Assert.Equal("trusted HTML or null", Of(typeof(PageMeta), nameof(PageMeta.JsonLd)));
    }

    [Theory]
    [InlineData(typeof(PaperCardView), "authors_short")]
    [InlineData(typeof(NewsletterLinkView), "html_url")]
    [InlineData(typeof(PaperPageView), "paper")]
    [InlineData(typeof(HomeView), "days")]
    [InlineData(typeof(TagPageView), "tag")]
    [InlineData(typeof(TagSummaryView), "name")]
    [InlineData(typeof(PaperCardView), "title")]
    public void The_introductions_examples_are_variables_of_their_views(Type view, string variable) =>
        Assert.Contains(variable, ThemeReference.Variables(view).Select(p => ThemeReference.Variable(p.Name)));

    [Theory]
    [InlineData("AuthorsShort", "authors_short")]
    [InlineData("HtmlUrl", "html_url")]
    [InlineData("Url", "url")]
    [InlineData("IsGap", "is_gap")]
    [InlineData("PDFUrl", "pdfurl")]
    public void Names_are_snake_case_as_Scriban_renames_members(string member, string variable) =>
        Assert.Equal(variable, ThemeReference.Variable(member));

    [Fact]
    public void Every_contract_file_is_in_the_reference()
    {
        var text = new ThemeReference(ViewDocumentation.Load()).Write();

        Assert.All(ThemeReference.Files, f => Assert.Contains($"\n### {f.Path}\n", text, StringComparison.Ordinal));
        Assert.All(ThemeContract.Functions, f => Assert.Contains($"| `{f.Name}` |", text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_documentation_file_is_beside_the_assembly()
    {
        Assert.True(File.Exists(ViewDocumentation.FilePath), ViewDocumentation.FilePath);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var (left, right) = (expected.Split('\n'), actual.Split('\n'));
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var (was, now) = (i < left.Length ? left[i] : "(end of file)", i < right.Length ? right[i] : "(end of file)");
            if (was != now)
            {
                return $"line {i + 1} is \"{was}\", the code gives \"{now}\"";
            }
        }

        return "same lines";
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
