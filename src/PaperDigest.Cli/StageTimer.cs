using System.Diagnostics;
using System.Globalization;

namespace PaperDigest.Cli;

/// <summary>Times the stages a build reports, for <c>build --timings</c>: each stage lasts until the next one starts.</summary>
internal sealed class StageTimer
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Start)> stages = [];
    private TimeSpan end;

    public void Enter(string stage) => stages.Add((stage, clock.Elapsed));

    public void Stop() => end = clock.Elapsed;

    public void Print(TextWriter writer)
    {
        var width = stages.Count == 0 ? 0 : stages.Max(s => s.Stage.Length);
        for (var i = 0; i < stages.Count; i++)
        {
            var next = i + 1 < stages.Count ? stages[i + 1].Start : end;
            var milliseconds = (next - stages[i].Start).TotalMilliseconds;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stages[i].Stage.PadRight(width)}  {milliseconds,8:N0} ms"));
        }
    }
}
