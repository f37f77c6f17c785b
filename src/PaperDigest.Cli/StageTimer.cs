using System.Diagnostics;
using System.Globalization;

namespace PaperDigest.Cli;

/// <summary>
/// Times the stages a build reports, for <c>build --timings</c>: each stage lasts until the next one starts. Also
/// notes the CPU time each stage took on all threads (which work on other threads, or other processes, can make
/// differ from its wall time), the managed memory it allocated (which, unlike times, a busy machine does not change),
/// the methods the JIT compiled in it (code that ReadyToRun did not precompile, such as generic framework code over
/// PaperDigest's types in a framework-dependent publish), and the managed heap, the process's resident memory and its
/// peak resident memory so far as each stage ends (a peak above the previous stage's was reached during the stage).
/// </summary>
internal sealed class StageTimer
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Start, TimeSpan Cpu, long Allocated, long Jitted, TimeSpan JitTime)> stages = [];
    private readonly List<(long Heap, long Resident, long Peak)> memory = [];
    private TimeSpan end;
    private TimeSpan endCpu;
    private long endAllocated;
    private long endJitted;
    private TimeSpan endJitTime;

    public void Enter(string stage)
    {
        if (stages.Count > 0)
        {
            memory.Add(Memory());
        }

        stages.Add((stage, clock.Elapsed, Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(precise: true),
            System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime()));
    }

    public void Stop()
    {
        end = clock.Elapsed;
        endCpu = Environment.CpuUsage.TotalTime;
        endAllocated = GC.GetTotalAllocatedBytes(precise: true);
        endJitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        endJitTime = System.Runtime.JitInfo.GetCompilationTime();
        memory.Add(Memory());
    }

    private static (long Heap, long Resident, long Peak) Memory()
    {
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet, process.PeakWorkingSet64);
    }

    public void Print(TextWriter writer)
    {
        using var process = Process.GetCurrentProcess();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Stages of the build, with memory as each ends (peak resident so far: {process.PeakWorkingSet64 / 1048576.0:N0} MB):"));
        var width = stages.Count == 0 ? 0 : stages.Max(s => s.Stage.Length);
        if (stages.Count > 0)
        {
            // From the start of the process to the first stage: the runtime, the command line, the checks of the folders.
            var firstStage = DateTime.UtcNow - (clock.Elapsed - stages[0].Start);
            var startup = firstStage - process.StartTime.ToUniversalTime();
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"(starting the process)".PadRight(width)}  {startup.TotalMilliseconds,8:N0} ms   jit {stages[0].Jitted,5:N0} in {stages[0].JitTime.TotalMilliseconds,5:N0} ms"));
        }

        for (var i = 0; i < stages.Count; i++)
        {
            var (next, nextCpu, nextAllocated, nextJitted, nextJitTime) = i + 1 < stages.Count
                ? (stages[i + 1].Start, stages[i + 1].Cpu, stages[i + 1].Allocated, stages[i + 1].Jitted, stages[i + 1].JitTime)
                : (end, endCpu, endAllocated, endJitted, endJitTime);
            var allocated = nextAllocated - stages[i].Allocated;
            var milliseconds = (next - stages[i].Start).TotalMilliseconds;
            var cpu = (nextCpu - stages[i].Cpu).TotalMilliseconds;
            var (heap, resident, peak) = memory[i];
            var jitted = nextJitted - stages[i].Jitted;
            var jitTime = (nextJitTime - stages[i].JitTime).TotalMilliseconds;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stages[i].Stage.PadRight(width)}  {milliseconds,8:N0} ms   cpu {cpu,6:N0} ms   allocated {allocated / 1048576.0,6:N0} MB   jit {jitted,5:N0} in {jitTime,5:N0} ms   heap {heap / 1048576.0,6:N0} MB   resident {resident / 1048576.0,6:N0} MB   peak {peak / 1048576.0,6:N0} MB"));
        }
    }
}
