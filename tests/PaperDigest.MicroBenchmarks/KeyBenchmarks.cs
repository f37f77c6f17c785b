using BenchmarkDotNet.Attributes;
using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.MicroBenchmarks;

/// <summary>
/// What deriving output keys costs a rebuild: every paper of the generated digest keyed once, as the first listing of
/// a build keys them (a new <see cref="ContentKey"/> each time, so nothing is remembered from the last call), and the
/// key of one home page whose papers are already keyed.
/// </summary>
[MemoryDiagnoser]
public class KeyBenchmarks
{
    private GeneratedDigest digest = null!;
    private ContentKey warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        digest = GeneratedDigest.Create();
        warm = new ContentKey([typeof(ShownPaper), typeof(DigestDay)]);
        KeyDays(warm);
    }

    [GlobalCleanup]
    public void Cleanup() => digest.Delete();

    [Benchmark]
    public ulong EveryPaper()
    {
        var keys = new ContentKey([typeof(ShownPaper)]);
        var last = Fingerprint.None;
        foreach (var paper in digest.Model.Papers)
        {
            last = keys.Of("paper", Fingerprint.None, paper.Shown);
        }

        return last.Low;
    }

    [Benchmark]
    public ulong HomePageKeyed() => warm.Of("home", Fingerprint.None, (digest.Model.Days.Take(5).ToArray(), 1, 10)).Low;

    private Fingerprint KeyDays(ContentKey keys) => keys.Of("days", Fingerprint.None, digest.Model.Days.ToArray());
}
