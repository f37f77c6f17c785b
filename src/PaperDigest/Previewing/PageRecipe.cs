using PaperDigest.Emitting;

namespace PaperDigest.Previewing;

/// <summary>How a build made one page: the template, and what makes the page's view from the build's model.</summary>
internal sealed record PageRecipe(string Template, Func<PageContent> Make);
