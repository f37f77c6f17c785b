using System.Text.RegularExpressions;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// Each kind of broken entry, added to a copy of the sample, makes <c>build</c> exit 1 with a
/// <c>file:line:col: error PDxxxx</c> line naming the entry, no stack trace, and no output written.
/// </summary>
public sealed class MalformedEntryTests
{
    private const string Broken = "in/papers/2025/broken.md";

    /// <param name="name">Which malformed entry (see <see cref="MalformedEntries"/>).</param>
    /// <param name="code">The diagnostic code it must produce.</param>
    /// <param name="line">The file line the diagnostic must point at, or 0 to accept any.</param>
    [Theory]
    [InlineData("unclosed-front-matter", "PD0011", 1)]
    [InlineData("no-front-matter", "PD0010", 1)]
    [InlineData("yaml-syntax-error", "PD0012", 2)]
    [InlineData("alias-bomb", "PD0013", 7)]
    [InlineData("deep-nesting", "PD0014", 6)]
    [InlineData("binary-file", "PD0004", 0)]
    [InlineData("invalid-utf8", "PD0002", 2)]
    [InlineData("wrong-type", "PD0102", 3)]
    [InlineData("non-http-link", "PD0109", 7)]
    [InlineData("duplicate-arxiv-id", "PD0113", 6)]
    public void A_malformed_entry_fails_the_build_with_a_located_diagnostic(string name, string code, int line)
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "in");
        File.WriteAllBytes(Path.Combine(input, "papers", "2025", "broken.md"), MalformedEntries.Bytes(name));

        var run = PaperDigestProcess.Run(temp.Path, "build", "--input", "in", "--theme", RepoPaths.Theme, "--output", "out");

        run.AssertExit(1);
        var pattern = new Regex($@"^{Regex.Escape(Broken)}:(?<line>\d+):\d+: error {code}: \S");
        var diagnostic = run.StderrLines.Select(l => pattern.Match(l)).FirstOrDefault(m => m.Success);
        Assert.True(diagnostic is not null, $"no '{Broken}:line:col: error {code}: ...' line for {name}\n{run}");
        if (line > 0)
        {
            Assert.Equal(line, int.Parse(diagnostic.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.DoesNotContain(run.StderrLines, l => l.Contains(": error ", StringComparison.Ordinal) && !l.StartsWith(Broken, StringComparison.Ordinal));
        run.AssertNoStackTrace();
        Assert.False(Directory.Exists(temp.Combine("out")), "a failed build wrote the output folder");
    }
}
