using System.Collections.Concurrent;
using PaperDigest.Cli;

namespace PaperDigest.Tests.Cli;

/// <summary>The progress display starts only for a build that outlasts its delay, shows the stages, and is over when the build is.</summary>
public sealed class BuildProgressTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_build_over_before_the_delay_never_starts_the_display()
    {
        var shown = false;
        using (var progress = new BuildProgress(TimeSpan.FromHours(1), (_, _) => shown = true))
        {
            progress.Enter("Looking for changes");
        }

        Assert.False(shown);
    }

    [Fact]
    public void A_longer_build_shows_its_stages_and_the_display_ends_with_it()
    {
        var stages = new BlockingCollection<string>();
        var ended = false;
        var progress = new BuildProgress(TimeSpan.Zero, (stage, over) =>
        {
            while (!over(TimeSpan.FromMilliseconds(5)))
            {
                stages.Add(stage());
            }

            ended = true;
        });

        Assert.True(stages.TryTake(out var first, Patience), "the display did not start");
        Assert.Equal("Building", first);
        progress.Enter("Indexing");
        Assert.True(SpinUntil(() => stages.TryTake(out var seen, Patience) && seen == "Indexing"), "the display never showed the new stage");
        Assert.False(ended);

        progress.Dispose();

        Assert.True(ended, "Dispose returned before the display ended");
    }

    private static bool SpinUntil(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            if (condition())
            {
                return true;
            }
        }

        return false;
    }
}
