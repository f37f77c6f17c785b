namespace PaperDigest.Cli.Init;

/// <summary>Every file of a new digest repository, in the order <c>paperdigest init</c> writes and lists them.</summary>
internal static class StarterDigest
{
    public static IReadOnlyList<StarterFile> Files(StarterSettings settings) =>
        [.. DigestFiles.For(settings), .. RepositoryFiles.All()];
}
