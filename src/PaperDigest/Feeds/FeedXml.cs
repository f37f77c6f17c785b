using System.Text;
using System.Xml;

namespace PaperDigest.Feeds;

/// <summary>How the XML feeds (RSS, Atom, OPML) are written: UTF-8 without BOM, indented, '\n' line ends, a final newline.</summary>
internal static class FeedXml
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    public static byte[] Write(Action<XmlWriter> write) => FeedBuffer.Stream(buffer =>
    {
        using var xml = XmlWriter.Create(buffer, Settings);
        xml.WriteStartDocument();
        write(xml);
        xml.WriteEndDocument();
    });

    /// <summary>An element holding text, with the characters XML forbids dropped.</summary>
    public static void Element(XmlWriter xml, string name, string value) => xml.WriteElementString(name, XmlSafeText.Clean(value));

    /// <summary>An attribute, with the characters XML forbids dropped.</summary>
    public static void Attribute(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, XmlSafeText.Clean(value));
}
