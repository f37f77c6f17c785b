using System.Runtime.ExceptionServices;

namespace PaperDigest.Tests;

/// <summary>
/// Runs code on a thread with a small stack, far below the 1.5 to 8 MiB the build's threads have: a reader that
/// recursed as deeply as its input nests would overflow here on inputs of a few thousand levels.
/// </summary>
internal static class SmallStack
{
    public const int Bytes = 512 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex) // Rethrown on the test's thread below, with its stack trace.
                {
                    error = ex;
                }
            },
            Bytes);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        return result;
    }
}
