namespace PaperDigest.Cli;

/// <summary>The process's exit codes: 0 success, 1 content errors, 2 usage errors, 3 output folder in use by another run.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;

    /// <summary>Another run held the output folder's lock for longer than the run would wait; trying again later may succeed.</summary>
    public const int Locked = 3;
}
