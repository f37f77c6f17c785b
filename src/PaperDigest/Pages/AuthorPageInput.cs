using PaperDigest.Content;
using PaperDigest.Rendering;

namespace PaperDigest.Pages;

/// <summary>What page <see cref="Number"/> of <see cref="Total"/> of an author is made from: the author, how many papers they have, and the page's papers.</summary>
internal sealed record AuthorPageInput(AuthorProfile Author, int Count, IReadOnlyList<ShownPaper> Papers, int Number, int Total);
