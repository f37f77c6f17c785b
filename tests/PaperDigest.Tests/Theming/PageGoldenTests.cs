using System.Text;
using System.Text.RegularExpressions;
using PaperDigest.Building;

namespace PaperDigest.Tests.Theming;

/// <summary>
/// Golden files under <c>TestFiles/Pages/</c>: one page of the sample digest per template of the default theme,
/// as the build writes it, with the fingerprints of asset names replaced by <c>[hash]</c> (so a style sheet change
/// does not touch them). An intended change is accepted with
/// <c>UPDATE_GOLDEN=1 dotnet test --filter PageGolden</c>; read the diff before committing it.
/// </summary>
public sealed partial class PageGoldenTests(PageGoldenTests.SampleSite site) : IClassFixture<PageGoldenTests.SampleSite>
{
    private static readonly string Folder = Path.Combine(RepoPaths.TestFiles, "Pages");

    private static readonly bool UpdateGolden = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Each template of the theme and a page of the sample digest that it renders.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "home", "index.html" },
        { "home", "page/2/index.html" },
        { "paper", "papers/2111.12997/index.html" },
        { "paper", "papers/2010.09990/index.html" },
        { "tags", "tags/index.html" },
        { "tag", "tags/statistical-physics/index.html" },
        { "authors", "authors/index.html" },
        { "author", "authors/dmitry-vetrov/index.html" },
        { "day", "days/2025-03-11/index.html" },
        { "week", "weeks/2025-W11/index.html" },
        { "month", "months/2025-03/index.html" },
        { "archive", "archive/index.html" },
        { "feeds", "feeds/index.html" },
        { "newsletter", "newsletter/2025-W11.html" },
        { "page", "about/index.html" },
        { "search", "search/index.html" },
        { "404", "404.html" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Page_matches_its_golden_file(string template, string page)
    {
        var built = Path.Combine(site.Output, page);
        Assert.True(File.Exists(built), $"the sample digest has no {page} for the {template} template");
        var actual = Normalise(File.ReadAllText(built));
        var golden = Path.Combine(Folder, page);
        if (UpdateGolden)
        {
            var source = Path.Combine(RepoPaths.SourceTestFiles, "Pages", page);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(golden), $"{golden} is missing; run UPDATE_GOLDEN=1 dotnet test --filter PageGolden, then read it");
        Assert.Equal(File.ReadAllText(golden).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }

    [Fact]
    public void Every_template_of_the_contract_has_a_golden_page()
    {
        var covered = Cases.Select(c => c.Data.Item1).ToHashSet(StringComparer.Ordinal);
        Assert.All(PaperDigest.Theming.ThemeContract.Templates, t => Assert.Contains(t.Name, covered));
    }

    /// <summary><c>site.3f9a2b1c0d.css</c> → <c>site.[hash].css</c>.</summary>
    private static string Normalise(string html) => Fingerprint().Replace(html, "$1.[hash].$2");

    [GeneratedRegex(@"([\w-]+)\.[0-9a-f]{10}\.(css|js|svg|woff2)")]
    private static partial Regex Fingerprint();

    /// <summary>The sample digest built once, with the built-in theme, on a fixed day.</summary>
    public sealed class SampleSite : IDisposable
    {
        private readonly TempFolder temp = new();

        public SampleSite()
        {
            Output = temp.Combine("site");
            var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, temp.Combine("no-theme"), Output, Today: new DateOnly(2026, 1, 1)) { MadeFiles = SharedImages.Memo });
            Assert.True(result.Succeeded, "the sample digest should build:\n" + string.Join('\n', result.Diagnostics));
        }

        public string Output { get; }

        public void Dispose() => temp.Dispose();
    }
}
