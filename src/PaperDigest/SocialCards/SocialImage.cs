namespace PaperDigest.SocialCards;

/// <summary>The image a page is shared with (<c>og:image</c>, <c>twitter:image</c>): a 1200×630 PNG.</summary>
/// <param name="Url">The image's absolute URL.</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="Alt">What it shows, for <c>og:image:alt</c> and <c>twitter:image:alt</c>.</param>
internal sealed record SocialImage(string Url, int Width, int Height, string Alt);
