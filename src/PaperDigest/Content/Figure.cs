using PaperDigest.Diagnostics;

namespace PaperDigest.Content;

/// <summary>
/// A figure an entry names in its <c>figures</c> list: an image file in the entry's own figure folder (beside the
/// entry, named after its file: <c>papers/2024/x.md</c> keeps its figures in <c>papers/2024/x/</c>), with the text
/// read out in its place and an optional caption.
/// </summary>
/// <param name="File">The file's name inside the entry's figure folder, such as <c>overview.png</c>.</param>
/// <param name="Alt">What the image shows, for readers who cannot see it (required).</param>
/// <param name="Caption">The caption shown under it on the paper's page, or null.</param>
/// <param name="Location">Where the entry names the file, for messages about it.</param>
internal sealed record Figure(string File, string Alt, string? Caption, SourceLocation Location)
{
    /// <summary>The largest number of figures one entry may name.</summary>
    public const int MaxPerEntry = 12;

    /// <summary>The entry's figure folder, relative to the input root: <c>papers/2024/x.md</c> gives <c>papers/2024/x</c>.</summary>
    public static string FolderOf(string entryRelativePath)
    {
        var slash = entryRelativePath.LastIndexOf('/');
        var name = entryRelativePath[(slash + 1)..];
        var stem = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return slash < 0 ? stem : entryRelativePath[..(slash + 1)] + stem;
    }
}
