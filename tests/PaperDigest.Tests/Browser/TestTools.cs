using Xunit.Abstractions;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// The outside programs the browser, HTML-quality and citation tests need, and what happens when one is missing.
/// <para>
/// Chromium is Debian's (<c>apt-get install chromium</c>); axe-core, the Nu HTML checker and Citation.js come from
/// <c>tests/tools</c> (<c>npm ci --prefix tests/tools</c>); the Nu checker runs on Java, Citation.js on Node; biber is
/// Debian's (<c>apt-get install biber</c>). <c>.ci/run</c> installs all of
/// them. When one is missing, a test FAILS if the environment variable <c>CI</c> is set, and is otherwise reported as
/// skipped (<see cref="Require"/> throws Xunit.SkippableFact's skip, so every test that needs a tool is a
/// <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>; under a plain <c>[Fact]</c> the skip would show as a failure).
/// </para>
/// </summary>
internal static class TestTools
{
    public const string ChromiumPath = HeadlessChromium.Path;

    public static string NodeModules { get; } = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules");

    public static string AxeScript { get; } = Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar { get; } = Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>The script that reads BibTeX and RIS files with Citation.js (from <c>tests/tools</c>).</summary>
    public static string CitationJsScript { get; } = Path.Combine(RepoPaths.Root, "tests", "tools", "read-citations.cjs");

    /// <summary>The <c>node</c> on PATH, or null.</summary>
    public static string? Node { get; } = FindOnPath("node");

    /// <summary>biber, biblatex's backend (Debian's <c>biber</c>), on PATH, or null.</summary>
    public static string? Biber { get; } = FindOnPath("biber");

    /// <summary>The <c>java</c> on PATH, or null.</summary>
    public static string? Java { get; } = FindOnPath("java");

    public static bool IsCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci
        && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";

    /// <summary>
    /// True when <paramref name="present"/>; otherwise fails under CI with <paramref name="ciMessage"/>, or skips the
    /// test, saying <paramref name="missing"/>.
    /// </summary>
    public static bool Require(ITestOutputHelper output, bool present, string missing, string ciMessage)
    {
        if (present)
        {
            return true;
        }

        if (IsCi)
        {
            Assert.Fail($"{ciMessage} ({missing}; .ci/run installs it).");
        }

        output.WriteLine($"skipped: {missing}; under CI (CI set) this test fails instead.");
        throw new SkipException($"{missing} (under CI this test fails instead)");
    }

    public static bool RequireChromium(ITestOutputHelper output) =>
        Require(output, File.Exists(ChromiumPath), $"{ChromiumPath} not found", "CI must install chromium");

    public static bool RequireAxe(ITestOutputHelper output) =>
        Require(output, File.Exists(AxeScript), $"{AxeScript} not found (run: npm ci --prefix tests/tools)",
            "CI must install the test tools with npm ci --prefix tests/tools");

    public static bool RequireVnu(ITestOutputHelper output) =>
        Require(output, File.Exists(VnuJar), $"{VnuJar} not found (run: npm ci --prefix tests/tools)",
                "CI must install the test tools with npm ci --prefix tests/tools")
        && Require(output, Java is not null, "java not found on PATH (apt-get install default-jre-headless)",
                "CI must install Java (default-jre-headless)");

    public static bool RequireCitationJs(ITestOutputHelper output) =>
        Require(output, Directory.Exists(Path.Combine(NodeModules, "@citation-js", "core")),
                $"Citation.js not found in {NodeModules} (run: npm ci --prefix tests/tools)",
                "CI must install the test tools with npm ci --prefix tests/tools")
        && Require(output, Node is not null, "node not found on PATH (apt-get install nodejs)", "CI must install Node.js");

    public static bool RequireBiber(ITestOutputHelper output) =>
        Require(output, Biber is not null, "biber not found on PATH (apt-get install biber)", "CI must install biber");

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
