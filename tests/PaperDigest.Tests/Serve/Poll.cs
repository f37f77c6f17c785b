using System.Diagnostics;

namespace PaperDigest.Tests.Serve;

/// <summary>Waits for something a server does in its own time, checking often, failing with a description after a limit.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> failure)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return;
            }

            Assert.True(clock.Elapsed < timeout, $"not within {timeout.TotalSeconds} s: {failure()}");
            await Task.Delay(100);
        }
    }
}
