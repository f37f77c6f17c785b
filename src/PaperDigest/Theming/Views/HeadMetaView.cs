namespace PaperDigest.Theming.Views;

/// <summary>A <c>&lt;meta&gt;</c> tag of the page head: <c>name=</c> (Highwire, Twitter) or <c>property=</c> (OpenGraph).</summary>
public sealed record HeadMetaView(string? Name, string? Property, string Content)
{
    public static HeadMetaView Named(string name, string content) => new(name, null, content);

    public static HeadMetaView WithProperty(string property, string content) => new(null, property, content);
}
