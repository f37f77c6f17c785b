namespace PaperDigest.Cli.Init;

/// <summary>One file <c>paperdigest init</c> writes: its path relative to the new digest's root (with '/'), and its text.</summary>
internal sealed record StarterFile(string RelativePath, string Text);
