using PaperDigest.Theming.Views;

namespace PaperDigest.Emitting;

/// <summary>What the theme renders a page from: the view its template receives, and its head.</summary>
internal sealed record PageContent(object View, PageMeta Meta);
