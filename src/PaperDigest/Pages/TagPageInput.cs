using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Pages;

/// <summary>What page <see cref="Number"/> of <see cref="Total"/> of a tag is made from: the tag, how many papers it has, and the page's papers.</summary>
internal sealed record TagPageInput(Tag Tag, int Count, IReadOnlyList<ShownPaper> Papers, int Number, int Total);
