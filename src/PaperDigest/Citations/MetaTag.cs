namespace PaperDigest.Citations;

/// <summary>
/// One <c>&lt;meta&gt;</c> tag, as plain text the theme escapes: <see cref="Name"/> is the <c>name</c> attribute for
/// Highwire and Twitter tags and the <c>property</c> attribute for OpenGraph tags.
/// </summary>
internal sealed record MetaTag(string Name, string Content);
