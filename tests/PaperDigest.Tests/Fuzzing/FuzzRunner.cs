using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PaperDigest.Tests.Fuzzing;

/// <summary>
/// Runs a target's mutated inputs on a thread of its own while this one watches the clock: an input that takes longer
/// than <see cref="FuzzSettings.Deadline"/> is reported as a hang. Each case has its own seed (from the run's seed, the
/// target and the case number), so any failure is replayed by setting <c>PAPERDIGEST_FUZZ_SEED</c> and
/// <c>PAPERDIGEST_FUZZ_CASE</c>. The case under way is written to a file in the temp folder, which names the culprit
/// should an input bring the whole process down (a stack overflow cannot be caught).
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Smaller than the threads the build runs on, so needless recursion shows here first.</summary>
    private const int StackSize = 1024 * 1024;

    /// <summary>The failures, one description per kind (the first case that showed it); empty when all went well.</summary>
    public static IReadOnlyList<string> Run(FuzzTarget target, int seed, int cases, int? onlyCase = null)
    {
        var mutator = new Mutator(target);
        var failures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // One file per test process: test runs side by side on one machine would otherwise write the same one.
        var progress = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"paperdigest-fuzz-{target.Name}-{Environment.ProcessId}.case"));
        var current = -1;
        var started = Stopwatch.GetTimestamp();
        var worker = new Thread(
            () =>
            {
                var first = onlyCase ?? 0;
                var last = onlyCase ?? cases - 1;
                // One file, overwritten in place for each case: creating a file per case cost more than most cases.
                using var note = File.OpenHandle(progress, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                for (var index = first; index <= last; index++)
                {
                    var mutation = mutator.Mutate(new Random(CaseSeed(seed, target.Name, index)));
                    var running = Encoding.UTF8.GetBytes(Describe(target, seed, index, mutation, "running (if the process died here, this case killed it)"));
                    RandomAccess.SetLength(note, running.Length);
                    RandomAccess.Write(note, running, 0);
                    Volatile.Write(ref started, Stopwatch.GetTimestamp());
                    Volatile.Write(ref current, index);
                    var problem = Check(target, mutation.Input);
                    if (problem is not null)
                    {
                        lock (failures)
                        {
                            if (!failures.ContainsKey(Kind(problem)))
                            {
                                failures[Kind(problem)] = Describe(target, seed, index, mutation, problem) + "\n  saved as: " + Save(target, seed, index, mutation);
                            }
                        }
                    }
                }
            },
            StackSize)
        {
            IsBackground = true,
            Name = "fuzz " + target.Name,
        };
        worker.Start();
        while (!worker.Join(200))
        {
            if (Stopwatch.GetElapsedTime(Volatile.Read(ref started)) > FuzzSettings.Deadline)
            {
                // The worker is left to itself (a background thread); the input that hangs is the finding.
                var index = Volatile.Read(ref current);
                var mutation = mutator.Mutate(new Random(CaseSeed(seed, target.Name, index)));
                return [Describe(target, seed, index, mutation, $"did not finish within {FuzzSettings.Deadline.TotalSeconds} s")];
            }
        }

        File.Delete(progress);
        lock (failures)
        {
            return [.. failures.Values];
        }
    }

    /// <summary>Keeps a failing input whole in the temp folder, where a debugger or the command line can be pointed at it.</summary>
    private static string Save(FuzzTarget target, int seed, int index, Mutation mutation)
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"paperdigest-fuzz-{target.Name}-{seed}-{index}.input"));
        File.WriteAllBytes(path, mutation.Input);
        return path;
    }

    /// <summary>A problem without its numbers (lines, columns, lengths), so each kind is reported once.</summary>
    private static string Kind(string problem) => string.Concat(problem.Where(c => !char.IsAsciiDigit(c)));

    /// <summary>The seed of one case: the same on every machine and run (string hashes are randomised per process).</summary>
    public static int CaseSeed(int seed, string target, int index)
    {
        var hash = 17;
        foreach (var c in target)
        {
            hash = unchecked((hash * 31) + c);
        }

        return unchecked((seed * 486_187_739) + (hash * 16_777_619) + index);
    }

    /// <summary>A text as a failure message shows it: control characters and non-ASCII escaped, cut at 600 characters.</summary>
    public static string Escape(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 600 ? text[..600] : text)
        {
            if (c is >= ' ' and < (char)127)
            {
                shown.Append(c);
            }
            else
            {
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return text.Length > 600 ? shown.Append(CultureInfo.InvariantCulture, $"... ({text.Length} characters)").ToString() : shown.ToString();
    }

    private static string? Check(FuzzTarget target, byte[] input)
    {
        try
        {
            return target.Check(input);
        }
        catch (Exception ex) // Any exception is the finding; it is reported, not rethrown.
        {
            // The first frame of PaperDigest's own code says where to look; the framework's throw helpers come before it.
            var frames = ex.StackTrace?.Split('\n').Select(f => f.Trim()).ToList() ?? [];
            var frame = frames.FirstOrDefault(f => f.Contains("PaperDigest.", StringComparison.Ordinal)) ?? frames.FirstOrDefault() ?? "";
            return $"threw {ex.GetType().Name}: {ex.Message} {frame}";
        }
    }

    private static string Describe(FuzzTarget target, int seed, int index, Mutation mutation, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            {target.Name}: {problem}
              replay: PAPERDIGEST_FUZZ_SEED={seed} PAPERDIGEST_FUZZ_CASE={index} dotnet test --filter "FullyQualifiedName~ReaderFuzzTests"
              mutations: {string.Join("; ", mutation.Steps)}
              input ({mutation.Input.Length} bytes): {Escape(Encoding.UTF8.GetString(mutation.Input))}
            """);
}
