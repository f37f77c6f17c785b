using System.Globalization;
using PaperDigest.Content;
using PaperDigest.Incremental;
using PaperDigest.Indexing;
using PaperDigest.Rendering;

namespace PaperDigest.SocialCards;

/// <summary>
/// The cards a site draws: the site's own (every page without one of its own), one per tag, and one per paper without
/// a figure when <c>site.yml</c> says <c>paper_social_cards: true</c>. A listing of another kind gets its cards from
/// <see cref="Page"/> and adds them to <see cref="All"/>.
/// </summary>
internal static class SocialCardSet
{
    /// <summary>A card for a page of a kind: <paramref name="folder"/> names the kind (<c>tags</c>), <paramref name="name"/> the page (a slug).</summary>
    public static SocialCard Page(SiteConfig site, string folder, string name, string title, string? subtitle, Fingerprint font) =>
        SocialCard.For(folder, name, new SocialCardText(title, subtitle, site.Title, site.BaseUrl.Host), font);

    public static SocialCard Site(SiteConfig site, Fingerprint font) =>
        Page(site, "", "site", site.Title, string.IsNullOrWhiteSpace(site.Description) ? null : site.Description, font);

    public static SocialCard Tag(SiteConfig site, Tag tag, int count, Fingerprint font) =>
        Page(site, "tags", tag.Slug, tag.Name, string.Create(CultureInfo.InvariantCulture, $"Tag · {count} {(count == 1 ? "paper" : "papers")}"), font);

    /// <summary>A paper's own card, when the site asks for them and the paper has no figure to be shared with; else null.</summary>
    public static SocialCard? Paper(SiteConfig site, ShownPaper paper, Fingerprint font) =>
        site.PaperSocialCards && paper.Figures.IsEmpty
            ? Page(site, "papers", paper.Paper.Slug, paper.Paper.Title, Emitting.ViewFactory.ShortAuthors(paper.Paper.Authors) is { Length: > 0 } authors ? authors : null, font)
            : null;

    /// <summary>Every card the site draws, in a fixed order.</summary>
    public static IEnumerable<SocialCard> All(SiteModel model, Fingerprint font)
    {
        yield return Site(model.Site, font);
        foreach (var listing in model.Tags)
        {
            yield return Tag(model.Site, listing.Tag, listing.Papers.Length, font);
        }

        foreach (var paper in model.Papers)
        {
            if (Paper(model.Site, paper.Shown, font) is { } card)
            {
                yield return card;
            }
        }
    }
}
