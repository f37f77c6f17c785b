using PaperDigest.Building;
using PaperDigest.Diagnostics;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// A copy of the sample digest built by a long-lived <see cref="BuildSession"/>, as <c>serve</c> builds it: the first
/// build looks at every file, each later one only at the files changed since (<see cref="WatchedChanges"/>).
/// </summary>
internal sealed class SessionDigest : IDisposable
{
    private readonly TempFolder temp = new();

    public SessionDigest()
    {
        Digest = DigestCopy.In(temp);
        Session = BuildSession.LongLived(new BuildOptions(Digest.Input, Digest.Theme, Digest.Output, Today: Digest.Day) { MadeFiles = DigestCopy.MadeFiles });
        Built(Session.Build(), "the first build");
        Changes = WatchedChanges.Of(Digest.Input, Digest.Theme);
    }

    public DigestCopy Digest { get; }

    public BuildSession Session { get; }

    public WatchedChanges Changes { get; }

    /// <summary>A rebuild told the files changed since the last; it must succeed.</summary>
    public BuildResult Rebuild(string what) => Built(Session.Build(Changes.Take()), what);

    /// <summary>A rebuild told the files changed since the last; it may fail.</summary>
    public BuildResult TryRebuild() => Session.Build(Changes.Take());

    /// <summary>Fails unless the output and warnings of <paramref name="result"/> are those of a clean build of the same inputs.</summary>
    public void AssertSameAsClean(BuildResult result, string what)
    {
        var (clean, cleanOutput) = Digest.BuildClean(temp.Combine("clean"), what);
        FolderSnapshot.AssertIdentical(FolderSnapshot.Take(cleanOutput), FolderSnapshot.Take(Digest.Output), what + ": the session's build");
        // A moved address (PD0127) is told from the history of this digest's builds, which a clean build in a cache of its own has not.
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Where(d => d.Code != DiagnosticCodes.AddressMoved).Select(d => d.ToString()));
    }

    /// <summary>A file of the input folder.</summary>
    public string Input(params string[] parts) => Path.Combine([Digest.Input, .. parts]);

    /// <summary>The text of a file of the output folder.</summary>
    public string Output(params string[] parts) => File.ReadAllText(Path.Combine([Digest.Output, .. parts]));

    public static BuildResult Built(BuildResult result, string what)
    {
        Assert.True(result.Succeeded, $"{what}\n{string.Join('\n', result.Diagnostics)}");
        return result;
    }

    public void Dispose()
    {
        Session.Dispose();
        temp.Dispose();
    }
}
