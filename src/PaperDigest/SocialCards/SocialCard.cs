using System.Globalization;
using System.IO.Hashing;
using System.Text;
using PaperDigest.Incremental;

namespace PaperDigest.SocialCards;

/// <summary>
/// A social card the build draws (<see cref="SocialCardPainter"/>): where it goes and what it says. Its name carries a
/// hash of its text, the font and the painter's version, so a host may cache it for ever and an unchanged card is kept.
/// </summary>
/// <param name="Path">The site path, such as <c>/social/tags/diffusion-models.0123456789ab.png</c>.</param>
/// <param name="Text">What it says.</param>
internal sealed record SocialCard(string Path, SocialCardText Text)
{
    /// <summary>
    /// The card for one page of a kind (<paramref name="folder"/> such as <c>tags</c>, or empty for the site's own):
    /// the way any listing (tags, authors) gets cards of its own.
    /// </summary>
    public static SocialCard For(string folder, string name, SocialCardText text, Fingerprint font)
    {
        var made = string.Join('\u001f', SocialCardPainter.Version, font.ToString(), text.Title, text.Subtitle ?? "\u0000", text.Site, text.Host);
        var hash = XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(made)).ToString("x32", CultureInfo.InvariantCulture)[..12];
        return new SocialCard($"/social/{(folder.Length == 0 ? "" : folder + "/")}{name}.{hash}.png", text);
    }

    /// <summary>The card as the image a page is shared with.</summary>
    public SocialImage Image(Content.SiteConfig site) => new(site.AbsoluteUrl(Path), SocialCardPainter.Width, SocialCardPainter.Height,
        (Text.Title == Text.Site ? Text.Title : $"{Text.Site}: {Text.Title}") + (Text.Subtitle is null ? "" : $" — {Text.Subtitle}"));
}
