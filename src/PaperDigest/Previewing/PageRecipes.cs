using System.Collections.Concurrent;
using PaperDigest.Emitting;

namespace PaperDigest.Previewing;

/// <summary>
/// Every page a build rendered with a template, by site path, with what its view is made from (references into the
/// build's model, so little more than the model itself): after an edit to templates alone, a
/// <see cref="PagePreview"/> renders any page again from it. Filled by the build's output from many threads.
/// </summary>
internal sealed class PageRecipes
{
    private readonly ConcurrentDictionary<string, PageRecipe> pages = new(StringComparer.Ordinal);

    public int Count => pages.Count;

    public void Add(string sitePath, string template, Func<PageContent> make) => pages[sitePath] = new PageRecipe(template, make);

    /// <summary>How the page at <paramref name="sitePath"/> (such as <c>/tags/x/</c>) was made, or null for none made with a template.</summary>
    public PageRecipe? Find(string sitePath) => pages.GetValueOrDefault(sitePath);
}
