using System.Text;
using System.Text.Json;
using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary>
/// Converts every expression of <c>corpus.txt</c> and <c>chemistry-corpus.txt</c> with PaperDigest and with Temml (one node process for all of them)
/// and compares the two as <see cref="MathMLNormalForm"/> trees. A difference, or an expression only one of the two
/// converts, fails the test unless <c>temml-differences.txt</c> lists it (by expression, or by a command every
/// expression using it may differ in) with its reason; a listed entry that no longer differs fails too, so the list
/// stays true.
/// </summary>
public sealed class MathTemmlComparisonTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "PaperDigest.Tests", "Math");

    private static readonly string[] CorpusFiles = ["corpus.txt", "chemistry-corpus.txt"];

    [Fact]
    public async Task Corpus_converts_like_Temml()
    {
        TestTools.Require(TestTools.Node, TestTools.Temml);
        var corpus = ReadCorpus();
        Assert.True(corpus.Count >= 500, $"the corpus has {corpus.Count} expressions");
        var differences = ReadDifferences();

        var input = Path.Combine(Path.GetTempPath(), $"paperdigest-temml-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(corpus.Select(e => new { tex = e.Tex, display = e.Display })),
            TestContext.Current.CancellationToken);
        string stdout;
        try
        {
            var (exit, output, stderr) = await ToolProcessRun.RunAsync(TestTools.NodePath!, [TestTools.TemmlScript, input]);
            Assert.True(exit == 0, stderr);
            stdout = output;
        }
        finally
        {
            File.Delete(input);
        }

        var temml = JsonSerializer.Deserialize<List<TemmlResult>>(stdout)!;
        Assert.Equal(corpus.Count, temml.Count);

        var failures = new StringBuilder();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < corpus.Count; i++)
        {
            var (tex, display) = corpus[i];
            var ours = TexToMathML.Convert(tex, display, out var shownAsTex);
            var problem = (shownAsTex, temml[i].Error is null) switch
            {
                (true, true) => $"refused ({TexParser.Parse(tex, display).Error}) but Temml converts it",
                (false, false) => null,
                (true, false) => null,
                (false, true) => Compare(ours, temml[i].MathML!),
            };
            if (problem is null)
            {
                continue;
            }

            var excuse = differences.Keys.FirstOrDefault(key => key == tex || (key.StartsWith('\\') && ContainsCommand(tex, key)));
            if (excuse is not null)
            {
                used.Add(excuse);
                continue;
            }

            failures.Append(display ? "$$ " : "").Append(tex).Append('\n').Append(problem).Append("\n\n");
        }

        foreach (var stale in differences.Keys.Where(key => !used.Contains(key)))
        {
            failures.Append("listed in temml-differences.txt but no longer differs: ").Append(stale).Append("\n\n");
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static string? Compare(string ours, string temml)
    {
        var a = MathMLNormalForm.Of(ours);
        var b = MathMLNormalForm.Of(temml);
        return a == b ? null : $"PaperDigest:\n{a}Temml:\n{b}";
    }

    private static bool ContainsCommand(string tex, string command)
    {
        for (var at = tex.IndexOf(command, StringComparison.Ordinal); at >= 0; at = tex.IndexOf(command, at + 1, StringComparison.Ordinal))
        {
            var end = at + command.Length;
            if (end == tex.Length || !char.IsAsciiLetter(tex[end]) || !char.IsAsciiLetter(command[^1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The expressions of <c>corpus.txt</c> and of <c>chemistry-corpus.txt</c> (<c>\ce</c> and <c>\pu</c>, which Temml reads with its mhchem extension).</summary>
    internal static List<(string Tex, bool Display)> ReadCorpus() =>
        [.. CorpusFiles.SelectMany(name => File.ReadAllLines(Path.Combine(Folder, name)))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.StartsWith("$$ ", StringComparison.Ordinal) ? (line[3..], true) : (line, false))];

    /// <summary>Expression or command, then a tab and the reason; # starts a comment line.</summary>
    private static Dictionary<string, string> ReadDifferences() =>
        File.ReadAllLines(Path.Combine(Folder, "temml-differences.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 && parts[1].Trim().Length > 0
                ? parts[1]
                : throw new InvalidOperationException($"temml-differences.txt: {parts[0]} has no reason"), StringComparer.Ordinal);

    private sealed record TemmlResult(
        [property: System.Text.Json.Serialization.JsonPropertyName("mathml")] string? MathML,
        [property: System.Text.Json.Serialization.JsonPropertyName("error")] string? Error);
}
