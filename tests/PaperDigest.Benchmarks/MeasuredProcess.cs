using System.Diagnostics;
using System.Globalization;

namespace PaperDigest.Benchmarks;

/// <summary>What one child process did: exit code, output, wall time (start to exit) and peak resident memory.</summary>
internal sealed record ProcessMeasurement(int ExitCode, string Output, string Error, TimeSpan Wall, long PeakBytes);

/// <summary>
/// Runs a child process and measures the whole process: wall time from start to exit, and peak resident set size.
/// Peak memory comes from GNU time (<c>/usr/bin/time -f %M</c>, exact) where it is installed, otherwise from
/// polling the process's peak working set (VmHWM on Linux) every 20 ms until it exits.
/// </summary>
internal static class MeasuredProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static ProcessMeasurement Run(string fileName, IReadOnlyList<string> arguments)
    {
        var useTime = OperatingSystem.IsLinux() && File.Exists(GnuTime);
        var timeFile = useTime ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(useTime ? GnuTime : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTime)
        {
            foreach (var argument in new[] { "-f", "%M", "-o", timeFile!, fileName })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain, non-interactive output from the CLI (no progress spinner).
        start.Environment["CI"] = "1";
        start.Environment["NO_COLOR"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long polled = 0;
        while (!process.WaitForExit(20))
        {
            if (!useTime)
            {
                try
                {
                    process.Refresh();
                    polled = Math.Max(polled, process.PeakWorkingSet64);
                }
                catch (InvalidOperationException)
                {
                    // Exited between the wait and the read.
                }
            }
        }

        process.WaitForExit();
        var wall = clock.Elapsed;
        var peak = polled;
        if (timeFile is not null)
        {
            var lines = File.ReadAllLines(timeFile);
            File.Delete(timeFile);
            // GNU time prints "Command exited with non-zero status N" before the format line on failure.
            if (lines.Length > 0 && long.TryParse(lines[^1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobytes))
            {
                peak = kilobytes * 1024;
            }
        }

        return new ProcessMeasurement(process.ExitCode, output.Result, error.Result, wall, peak);
    }

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }
}
