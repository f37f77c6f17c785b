using System.Globalization;
using PaperDigest.Scaffolding;

namespace PaperDigest.Cli.Init;

/// <summary>
/// The digest a new repository starts with, under <c>input/</c>: settings, a few tags, one example entry and an
/// about page. It builds and checks with no errors or warnings, and publishes nothing an editor must hide.
/// </summary>
internal static class DigestFiles
{
    /// <summary>The example entry's slug, so its page is <c>/papers/example-entry/</c>.</summary>
    public const string ExampleSlug = "example-entry";

    public static IEnumerable<StarterFile> For(StarterSettings settings)
    {
        yield return new StarterFile("input/site.yml", SiteYml(settings));
        yield return new StarterFile("input/tags.yml", TagsYml);
        yield return new StarterFile(ExamplePath(settings.Today), ExampleEntry(settings.Today));
        yield return new StarterFile("input/pages/about.md", AboutPage);
    }

    public static string ExamplePath(DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"input/papers/{today.Year:D4}/{ExampleSlug}.md");

    private static string SiteYml(StarterSettings settings) => $"""
        # The digest's settings. Every key is described in PaperDigest's README ("site.yml and tags.yml").
        title: {YamlScalar.Quoted(settings.Title)}
        description: "Short write-ups of research papers, chosen and explained by the editors."
        # The address the site is published at: links, feeds and sitemaps are built from it.
        base_url: {YamlScalar.Quoted(settings.BaseUrl.AbsoluteUri)}
        language: en
        # Digest days are counted in this time zone (an IANA name such as Europe/Berlin).
        timezone: UTC
        page_size: 10
        feed_items: 50

        """;

    private const string TagsYml = """
        # The tags entries may use: slug -> name and description. Every tag gets a page and its own feeds.
        # Rename, add or remove tags to fit the digest; an entry's tags must all be listed here.
        # "arxiv" (optional) lists the arXiv categories a tag stands for: 'paperdigest new <arXiv id>' gives a paper
        # the tags of its categories, and 'paperdigest import' those its BibTeX keywords name (a tag's slug or name).
        machine-learning:
          name: "Machine Learning"
          description: "Methods that learn from data, and what we understand about why they work."
          arxiv: [cs.LG, stat.ML]
        datasets-and-benchmarks:
          name: "Datasets and Benchmarks"
          description: "Shared data, tasks and leaderboards that let a community compare methods on equal terms."
        reproducibility:
          name: "Reproducibility"
          description: "Replications, negative results and the practices that make findings hold up."

        """;

    private static string ExampleEntry(DateOnly today) => $$"""
        ---
        # An example entry written by paperdigest init, to show the format: replace it with a real paper, or delete it.
        # "date" is the digest day the entry appears under; "slug" sets its address, /papers/{{ExampleSlug}}/.
        # A real entry usually has an arXiv id (arxiv: "2309.05153") and lets the slug follow from it.
        title: "Example Entry: What a Good Write-Up Covers"
        authors: [Ada Example, Sam Sample]
        date: {{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}
        tags: [datasets-and-benchmarks, reproducibility, machine-learning]
        tldr: "An example entry showing the shape of a write-up: the problem, the idea, why it matters and what is still open."
        slug: {{ExampleSlug}}
        ---
        This entry is an example that came with the digest; the paper and its authors are made up. A real entry is
        the editor's own short note on a paper, in their own words and never the abstract.

        **The problem.** Start with the question the paper asks and why anyone should care, in a sentence or two a
        reader from a neighbouring field can follow.

        **The idea.** Explain the paper's approach at the level of detail that helps a reader decide whether to open
        it. Markdown works as usual, and so does math: a loss such as $L(\theta) = \frac{1}{n}\sum_i \ell(f_\theta(x_i), y_i)$
        can sit in a sentence, or stand on its own:

        $$
        \hat{\theta} = \arg\min_\theta L(\theta)
        $$

        **Why it matters.** Say what the result changes for people working on the topic, and how it connects to
        other papers in the digest.

        **What we are unsure about.** An honest note on assumptions, missing baselines or open questions is what
        makes a digest worth following.

        """;

    private const string AboutPage = """
        ---
        title: About
        ---
        This digest collects short write-ups of research papers. Each entry is written by one of the editors in their
        own words: what problem the paper tackles, what the idea is, why it matters and what is still open.

        You can follow the digest in any feed reader through its [RSS feed](/feed.xml), or follow a single topic:
        every tag on the [tag index](/tags/) has a feed of its own. The [feeds page](/feeds/) lists them all.

        The digest is built from a git repository of Markdown files, one file per paper. To suggest a paper, open a
        pull request that adds one; the checks point out any field or tag that is off, and an editor reviews it
        before it is published.

        """;
}
