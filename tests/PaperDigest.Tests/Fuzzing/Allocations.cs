namespace PaperDigest.Tests.Fuzzing;

/// <summary>Counts the bytes a piece of work allocates on this thread: a measure of its cost that no machine load disturbs.</summary>
internal static class Allocations
{
    public static long Of(Action work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        work();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
