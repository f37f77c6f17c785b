namespace PaperDigest.Incremental;

/// <summary>One file of a finished build, at its path inside the output folder.</summary>
internal readonly record struct OutputFile(string Path, OutputRecord Record);
