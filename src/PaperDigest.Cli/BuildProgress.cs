using Spectre.Console;

namespace PaperDigest.Cli;

/// <summary>
/// The spinner and stage name a build shows on a terminal, started only once the build has run for a moment
/// (<see cref="Delay"/>): most rebuilds are over by then, and starting Spectre.Console's display would cost them
/// more time than it saves anyone (about 45 ms, and 80 ms of CPU).
/// </summary>
internal sealed class BuildProgress : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    private readonly ManualResetEventSlim done = new();
    private readonly Task display;
    private string stage = "Building";

    public BuildProgress()
        : this(Delay, Spinner)
    {
    }

    /// <param name="show">Shows the stage (asked for again and again) until the given wait says the build is over.</param>
    internal BuildProgress(TimeSpan delay, Action<Func<string>, Func<TimeSpan, bool>> show) =>
        // A thread of its own, so waiting never takes a thread-pool thread from the build.
        display = Task.Factory.StartNew(
            () =>
            {
                if (!done.Wait(delay))
                {
                    show(() => Volatile.Read(ref stage), done.Wait);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    public void Enter(string stage) => Volatile.Write(ref this.stage, stage);

    /// <summary>Ends the display, if it started, so that what is printed next starts on a clean line.</summary>
    public void Dispose()
    {
        done.Set();
        display.GetAwaiter().GetResult();
        done.Dispose();
    }

    private static void Spinner(Func<string> stage, Func<TimeSpan, bool> over) =>
        Terminal.Error.Status().Start(Markup.Escape(stage()), context =>
        {
            while (!over(Refresh))
            {
                context.Status(Markup.Escape(stage()));
            }
        });
}
