using PaperDigest.Emitting;
using PaperDigest.Theming.Views;

namespace PaperDigest.Search;

/// <summary>
/// <c>/search/</c>: the search box and the results <c>search.js</c> shows as the reader types. Without JavaScript the
/// page says so and leads to the tag index and the archive.
/// </summary>
internal sealed class SearchPage : IEmitter
{
    public SiteFacts Adds => SiteFacts.Pages;

    public SiteFacts Reads => SiteFacts.None;

    public const string SitePath = "/search/";

    public EmitCount Emit(EmitContext context)
    {
        var views = context.Views;
        var config = views.Config;
        var view = new SearchPageView(views.Site, config.Link(SitePath + SearchIndex.MetaFile), context.Model.Papers.Length);
        var meta = views.Meta("Search", $"Search {config.Title}: titles, authors, arXiv ids, tags and write-ups.", SitePath, "search");
        context.Output.Page(SitePath, "search", view, meta);
        return new EmitCount(1, 0);
    }
}
