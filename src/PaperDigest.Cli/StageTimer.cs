using System.Diagnostics;
using System.Globalization;

namespace PaperDigest.Cli;

/// <summary>
/// Times the stages a build reports, for <c>build --timings</c>: each stage lasts until the next one starts. Also
/// notes the managed heap and the process's resident memory as each stage ends.
/// </summary>
internal sealed class StageTimer
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Start)> stages = [];
    private readonly List<(long Heap, long Resident)> memory = [];
    private TimeSpan end;

    public void Enter(string stage)
    {
        if (stages.Count > 0)
        {
            memory.Add(Memory());
        }

        stages.Add((stage, clock.Elapsed));
    }

    public void Stop()
    {
        end = clock.Elapsed;
        memory.Add(Memory());
    }

    private static (long Heap, long Resident) Memory() => (GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet);

    public void Print(TextWriter writer)
    {
        using var process = Process.GetCurrentProcess();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Stages of the build, with memory as each ends (peak resident so far: {process.PeakWorkingSet64 / 1048576.0:N0} MB):"));
        var width = stages.Count == 0 ? 0 : stages.Max(s => s.Stage.Length);
        for (var i = 0; i < stages.Count; i++)
        {
            var next = i + 1 < stages.Count ? stages[i + 1].Start : end;
            var milliseconds = (next - stages[i].Start).TotalMilliseconds;
            var (heap, resident) = memory[i];
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stages[i].Stage.PadRight(width)}  {milliseconds,8:N0} ms   heap {heap / 1048576.0,6:N0} MB   resident {resident / 1048576.0,6:N0} MB"));
        }
    }
}
