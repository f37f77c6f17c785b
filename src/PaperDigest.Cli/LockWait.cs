using System.Diagnostics;
using System.Globalization;
using PaperDigest.Diagnostics;
using PaperDigest.Writing;

namespace PaperDigest.Cli;

/// <summary>
/// Takes the output folder's <see cref="OutputLock"/> for a run, waiting a bounded time while another run holds it;
/// says who holds it while it waits, and when it gives up.
/// </summary>
internal static class LockWait
{
    /// <summary>How long a run waits for another to release the output folder unless <c>--lock-wait</c> says otherwise.</summary>
    public const int DefaultSeconds = 10;

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Runs <paramref name="run"/> holding the lock of <paramref name="output"/> and returns its exit code; exit 3
    /// when another run still held the lock after <paramref name="wait"/>, 1 when the lock file cannot be made.
    /// </summary>
    /// <param name="command">What this run is, for the message another run prints, such as <c>paperdigest build</c>.</param>
    public static int Run(string output, string command, TimeSpan wait, Func<int> run)
    {
        OutputLock outputLock;
        try
        {
            outputLock = OutputLock.Open(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"paperdigest: error {DiagnosticCodes.OutputFailed}: cannot make the lock file '{OutputLock.PathFor(output)}' beside the output folder: {ex.Message}");
            return ExitCodes.ContentErrors;
        }

        using (outputLock)
        {
            return Take(outputLock, output, command, wait) ? run() : ExitCodes.Locked;
        }
    }

    private static bool Take(OutputLock outputLock, string output, string command, TimeSpan wait)
    {
        var self = LockHolder.Current(command);
        if (outputLock.TryTake(self))
        {
            return true;
        }

        var holder = outputLock.Holder();
        Console.Error.WriteLine($"paperdigest: output folder '{output}' is in use by {Describe(holder)}; waiting up to {Seconds(wait)} s for it to finish...");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < wait)
        {
            Thread.Sleep(PollInterval);
            if (outputLock.TryTake(self))
            {
                return true;
            }
        }

        holder = outputLock.Holder() ?? holder;
        Console.Error.WriteLine(
            $"paperdigest: error {DiagnosticCodes.OutputLocked}: output folder '{output}' is still in use by {Describe(holder)} after {Seconds(wait)} s; nothing was written. "
            + "Wait for that run to end or stop it, or pass --lock-wait SECONDS to wait longer.");
        return false;
    }

    private static string Describe(LockHolder? holder) => holder?.ToString() ?? "another paperdigest run";

    private static string Seconds(TimeSpan wait) => wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
