using System.Buffers;
using System.Text;
using System.Xml;

namespace PaperDigest.Feeds;

/// <summary>Makes any text safe for XML: characters XML 1.0 forbids (most control characters, lone surrogates) are dropped.</summary>
internal static class XmlSafeText
{
    // The control characters XML 1.0 forbids: all below U+0020 but tab, line feed and carriage return.
    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)]);

    public static string Clean(string text)
    {
        // Text without surrogates, forbidden controls or U+FFFE/U+FFFF is all XML characters: found by vectorised
        // searches, which is what nearly every text is.
        var span = text.AsSpan();
        if (span.IndexOfAny(ForbiddenControls) < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && span.IndexOfAnyInRange('\uFFFE', '\uFFFF') < 0)
        {
            return text;
        }

        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            clean = XmlConvert.IsXmlChar(text[i]);
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
