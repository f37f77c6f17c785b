namespace PaperDigest.Theming.Views;

/// <summary>A <c>&lt;meta&gt;</c> tag of the page head: <c>name=</c> (Highwire, Twitter) or <c>property=</c> (OpenGraph).</summary>
/// <param name="Name">The <c>name</c> attribute, such as <c>citation_title</c> or <c>twitter:card</c>; null when the tag has a <c>property</c> instead.</param>
/// <param name="Property">The <c>property</c> attribute, such as <c>og:title</c>; null when the tag has a <c>name</c> instead.</param>
/// <param name="Content">The <c>content</c> attribute, plain text.</param>
internal sealed record HeadMetaView(string? Name, string? Property, string Content)
{
    public static HeadMetaView Named(string name, string content) => new(name, null, content);

    public static HeadMetaView WithProperty(string property, string content) => new(null, property, content);
}
