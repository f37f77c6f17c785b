namespace PaperDigest.Theming.Views;

/// <summary>
/// A figure as one picture: a WebP file for browsers that take it and a PNG or JPEG fallback, both of
/// <see cref="Width"/> × <see cref="Height"/> pixels. Their names carry a hash of their content, so they never change.
/// </summary>
/// <param name="Alt">The entry's <c>alt</c> text: what the image shows, for readers who cannot see it.</param>
/// <param name="Caption">The entry's <c>caption</c>, plain text, or null.</param>
/// <param name="WebpUrl">Link to the WebP file (base path included), for a <c>&lt;source type="image/webp"&gt;</c>.</param>
/// <param name="FallbackUrl">Link to the PNG or JPEG file of the same size (base path included), for the <c>&lt;img&gt;</c>.</param>
/// <param name="FallbackType">The fallback's media type, <c>image/png</c> or <c>image/jpeg</c>.</param>
/// <param name="Width">The files' width in pixels, for the <c>width</c> attribute.</param>
/// <param name="Height">The files' height in pixels, for the <c>height</c> attribute.</param>
internal sealed record FigureView(string Alt, string? Caption, string WebpUrl, string FallbackUrl, string FallbackType, int Width, int Height);
