namespace PaperDigest.Cli.Init;

/// <summary>What the editor chose for a new digest, and the day it was started (the example entry's digest day).</summary>
internal sealed record StarterSettings(string Title, Uri BaseUrl, DateOnly Today)
{
    public const string DefaultTitle = "Paper digest";

    public const string DefaultBaseUrl = "https://example.org/";
}
