using PaperDigest.Tests.Site;
using PaperDigest.Writing;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// A copy of the sample digest in <c>in/</c> with no theme folder, as a new digest starts, and the <c>paperdigest</c>
/// runs the theme tests make in it (from the temporary folder, so paths in messages start with <c>in/</c>).
/// </summary>
internal sealed class UnthemedDigest : IDisposable
{
    private readonly TempFolder temp = new();

    public UnthemedDigest()
    {
        var theme = Path.Combine(temp.CopyFrom(RepoPaths.Input, "in"), "theme");
        if (Directory.Exists(theme))
        {
            Directory.Delete(theme, recursive: true);
        }
    }

    public string Root => temp.Path;

    /// <summary>The default theme folder, <c>in/theme</c>, which does not exist until something is ejected.</summary>
    public string ThemeFolder => temp.Combine("in", "theme");

    public string Combine(params string[] parts) => temp.Combine(parts);

    public CliRun Run(params string[] arguments) => PaperDigestProcess.Run(temp.Path, arguments);

    /// <summary><c>paperdigest build --input in --output out</c> and any further options; fails unless it exits 0.</summary>
    public FolderSnapshot Build(params string[] options)
    {
        var run = Run(["build", "--input", "in", "--output", "out", .. options]);
        run.AssertExit(0);
        return Output();
    }

    /// <summary>The built site, without the build's own manifest, which records how it was made.</summary>
    public FolderSnapshot Output()
    {
        var site = FolderSnapshot.Take(temp.Combine("out"));
        site.Files.Remove(StagedOutput.MarkerFile);
        return site;
    }

    public void Dispose() => temp.Dispose();
}
