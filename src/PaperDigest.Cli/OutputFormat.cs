namespace PaperDigest.Cli;

/// <summary>How <c>check</c> prints diagnostics.</summary>
internal enum OutputFormat
{
    Text,
    GitHub,
}
