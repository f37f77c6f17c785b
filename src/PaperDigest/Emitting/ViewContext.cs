using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Theming.Views;

namespace PaperDigest.Emitting;

/// <summary>
/// What every view of a build is made with besides a page's own input: the site's settings, the site-wide part of
/// every page, the tags (for chips and names) and the people of <c>authors.yml</c> (for the links to authors' pages). A <see cref="ViewFactory"/> holds nothing else, so a page made by a
/// static function of its input and the factory is made from its input and this context alone, and nothing else decides whether it must be made again.
/// </summary>
internal sealed record ViewContext(SiteConfig Config, SiteView Site, ImmutableArray<Tag> Tags)
{
    public ImmutableArray<RegisteredAuthor> Authors { get; init; } = [];
}
