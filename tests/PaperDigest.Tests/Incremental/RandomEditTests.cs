using System.Diagnostics;
using System.Globalization;
using PaperDigest.Diagnostics;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// Sequences of edits (<see cref="DigestEditor"/>), each followed by an incremental build into one output folder with
/// its cache: after every round the output is byte for byte, and the warnings line for line, what a clean build of the
/// same inputs gives. A failure names the seed and every edit so far; the same seed makes the same edits again.
/// <c>PAPERDIGEST_EDIT_SEEDS</c> (such as <c>100-199</c>) runs other seeds instead of the fixed ones.
/// </summary>
[RunsLong]
public sealed class RandomEditTests(ITestOutputHelper output)
{
    private const int Rounds = 6;

    public static TheoryData<int> Seeds()
    {
        var range = Environment.GetEnvironmentVariable("PAPERDIGEST_EDIT_SEEDS")?.Split('-');
        return range is null
            ? new TheoryData<int>(1, 2, 3, 4, 5)
            : new TheoryData<int>(Enumerable.Range(Number(range[0]), Number(range[^1]) - Number(range[0]) + 1));

        static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void An_incremental_build_after_random_edits_matches_a_clean_build(int seed)
    {
        var random = new Random(seed);
        Run($"seed {seed} (run it alone with PAPERDIGEST_EDIT_SEEDS={seed})", random, Rounds,
            (editor, _) => [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => editor.ApplyAny())]);
    }

    /// <summary>Every kind of edit, in the order they are declared, three to a round, so none is left to chance.</summary>
    [Fact]
    public void An_incremental_build_after_each_kind_of_edit_matches_a_clean_build()
    {
        var rounds = Enum.GetValues<EditKind>().Chunk(3).ToList();
        Run("every kind, seed 0", new Random(0), rounds.Count,
            (editor, round) => [.. rounds[round].Select(kind => editor.Apply(kind) ?? throw new InvalidOperationException($"no {kind} edit applies"))]);
    }

    /// <summary>Builds the copied sample, then each round makes its edits, builds incrementally and compares with a clean build.</summary>
    /// <param name="edit">Makes the edits of a round (numbered from 0) and says what they were.</param>
    private void Run(string name, Random random, int rounds, Func<DigestEditor, int, IReadOnlyList<string>> edit)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var temp = new TempFolder();
        var digest = DigestCopy.In(temp);
        var editor = new DigestEditor(digest, random);
        var log = new List<string>();
        digest.Build(name);
        for (var round = 1; round <= rounds; round++)
        {
            log.AddRange(edit(editor, round - 1).Select(done => $"round {round}: {done}"));
            var what = $"{name}, after round {round} of these edits:\n{string.Join('\n', log)}\n";
            var incremental = digest.Build(what);
            var (clean, cleanOutput) = digest.BuildClean(temp.Combine("clean"), what);
            FolderSnapshot.AssertIdentical(FolderSnapshot.Take(cleanOutput), FolderSnapshot.Take(digest.Output), what + "the incremental build");
            // A moved address (PD0127) is told from the history of this digest's builds, which a clean build in a cache of its own has not.
            var warnings = incremental.Diagnostics.Where(d => d.Code != DiagnosticCodes.AddressMoved).Select(d => d.ToString()).ToList();
            var expected = clean.Diagnostics.Select(d => d.ToString()).ToList();
            Assert.True(expected.SequenceEqual(warnings),
                $"{what}the incremental build warned\n  {string.Join("\n  ", warnings)}\nand the clean build\n  {string.Join("\n  ", expected)}");
        }

        // The processor time is the whole process's, so it counts tests running alongside this one too.
        output.WriteLine($"{name}: {rounds} rounds, {log.Count} edits in {clock.Elapsed.TotalSeconds:0.0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s of processor time)");
        foreach (var line in log)
        {
            output.WriteLine(line);
        }
    }
}
