namespace PaperDigest.Tests;

/// <summary>
/// The outside programs some tests need, and what happens when one is missing: <see cref="Require"/> reports the test
/// as skipped, naming the tool and the command that installs it; under CI (the environment variable <c>CI</c> set, as
/// <c>.ci/run</c> runs) it fails the test instead, since CI installs every tool and a skip there would hide a check
/// that never ran.
/// <para>
/// Chromium, Java and feedparser are Debian's (<c>apt-get install chromium default-jre-headless
/// python3-feedparser python3-bibtexparser biber nodejs</c>); axe-core, the Nu HTML checker, Citation.js and Temml are pinned in <c>tests/tools</c> (<c>npm ci --prefix
/// tests/tools --ignore-scripts</c>). <c>PAPERDIGEST_TEST_WITHOUT=java,chromium</c> (ids: chromium, axe, vnu, java,
/// feedparser, bibtexparser, git, citationjs, temml, node, biber) makes tools count as missing, to see the skip (or, with <c>CI=true</c>, the failure).
/// </para>
/// </summary>
internal static class TestTools
{
    public const string ChromiumPath = Browser.HeadlessChromium.Path;

    public static string NodeModules { get; } = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules");

    public static string AxeScript { get; } = Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar { get; } = Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The <c>java</c> on PATH, or null.</summary>
    public static string? JavaPath { get; } = FindOnPath("java");

    private const string NpmTools = "npm ci --prefix tests/tools --ignore-scripts";

    public static TestTool Chromium { get; } = new("chromium", "Chromium", "apt-get install chromium",
        () => File.Exists(ChromiumPath) ? null : $"{ChromiumPath} not found");

    public static TestTool Axe { get; } = new("axe", "axe-core", NpmTools,
        () => File.Exists(AxeScript) ? null : $"{AxeScript} not found");

    public static TestTool Vnu { get; } = new("vnu", "the Nu HTML checker (vnu.jar)", NpmTools,
        () => File.Exists(VnuJar) ? null : $"{VnuJar} not found");

    public static TestTool Java { get; } = new("java", "Java", "apt-get install default-jre-headless",
        () => JavaPath is null ? "java not found on PATH" : null);

    public static TestTool FeedParser { get; } = new("feedparser", "Universal Feed Parser (Python's feedparser)", "apt-get install python3-feedparser",
        Feeds.UniversalFeedParser.FindProblem);

    /// <summary>The script that reads BibTeX files with Python's bibtexparser (from <c>tests/tools</c>).</summary>
    public static string BibtexParserScript { get; } = Path.Combine(RepoPaths.Root, "tests", "tools", "read-bibtex.py");

    public static TestTool BibtexParser { get; } = new("bibtexparser", "Python's bibtexparser", "apt-get install python3-bibtexparser",
        () => Feeds.UniversalFeedParser.FindModuleProblem("bibtexparser"));

    /// <summary>The script that reads BibTeX and RIS files with Citation.js (from <c>tests/tools</c>).</summary>
    public static string CitationJsScript { get; } = Path.Combine(RepoPaths.Root, "tests", "tools", "read-citations.cjs");

    /// <summary>The <c>node</c> on PATH, or null.</summary>
    public static string? NodePath { get; } = FindOnPath("node");

    /// <summary>biber, biblatex's backend, on PATH, or null.</summary>
    public static string? BiberPath { get; } = FindOnPath("biber");

    public static TestTool CitationJs { get; } = new("citationjs", "Citation.js", NpmTools,
        () => Directory.Exists(Path.Combine(NodeModules, "@citation-js", "core")) ? null : $"Citation.js not found in {NodeModules}");

    /// <summary>The script that converts a corpus of TeX with Temml, the reference converter (from <c>tests/tools</c>).</summary>
    public static string TemmlScript { get; } = Path.Combine(RepoPaths.Root, "tests", "tools", "temml-mathml.cjs");

    public static TestTool Temml { get; } = new("temml", "Temml", NpmTools,
        () => File.Exists(Path.Combine(NodeModules, "temml", "package.json")) ? null : $"Temml not found in {NodeModules}");

    public static TestTool Node { get; } = new("node", "Node.js", "apt-get install nodejs",
        () => NodePath is null ? "node not found on PATH" : null);

    public static TestTool Biber { get; } = new("biber", "biber (biblatex's backend)", "apt-get install biber",
        () => BiberPath is null ? "biber not found on PATH" : null);

    public static TestTool Git { get; } = new("git", "git", "apt-get install git",
        () => FindOnPath("git") is null ? "git not found on PATH" : null);

    public static bool IsCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci
        && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";

    /// <summary>
    /// Returns when every one of <paramref name="tools"/> can be used; otherwise skips the test (xunit's
    /// <see cref="Assert.Skip"/>), or under CI fails it, naming the first missing tool and how to install it.
    /// </summary>
    public static void Require(params TestTool[] tools)
    {
        foreach (var tool in tools)
        {
            if (tool.Problem is not { } problem)
            {
                continue;
            }

            if (IsCi)
            {
                Assert.Fail($"{tool.Name} is missing ({problem}). CI installs every tool the tests use (.ci/run: {tool.Install}), so under CI this test fails instead of being skipped.");
            }

            Assert.Skip($"{tool.Name} is missing ({problem}); install it with: {tool.Install} (under CI this test fails instead)");
        }
    }

    /// <summary>Whether <c>PAPERDIGEST_TEST_WITHOUT</c> (ids separated by commas) names <paramref name="id"/>.</summary>
    public static bool Hidden(string id) =>
        (Environment.GetEnvironmentVariable("PAPERDIGEST_TEST_WITHOUT") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(id, StringComparer.OrdinalIgnoreCase);

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
