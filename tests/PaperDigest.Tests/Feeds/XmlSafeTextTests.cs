using System.Text;
using System.Xml;
using PaperDigest.Feeds;

namespace PaperDigest.Tests.Feeds;

/// <summary>Text for XML keeps every character XML 1.0 allows, in order, and nothing else; clean text is the same instance.</summary>
public sealed class XmlSafeTextTests
{
    [Theory]
    [InlineData("plain text\twith tabs,\nlines\r\nand ümlauts — and 🚀")]
    [InlineData("")]
    [InlineData("\uD7FF\uE000\uFFFD")]
    public void Text_of_XML_characters_only_is_kept_as_it_is(string text)
    {
        Assert.Same(text, XmlSafeText.Clean(text));
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("\u0001start")]
    [InlineData("end\u001F")]
    [InlineData("vertical\u000Btab and form\u000Cfeed")]
    [InlineData("non-characters \uFFFE and \uFFFF")]
    public void Forbidden_characters_are_dropped_and_the_rest_kept_in_order(string text)
    {
        var cleaned = XmlSafeText.Clean(text);

        Assert.Equal(Reference(text), cleaned);
        Assert.All(cleaned.EnumerateRunes(), rune => Assert.True(rune.Value > 0xFFFF || XmlConvert.IsXmlChar((char)rune.Value), $"U+{rune.Value:X4} left in"));
    }

    [Fact]
    public void Lone_surrogates_are_dropped_and_pairs_kept()
    {
        // Written here rather than as theory data: the runner's serialisation of test data mangles lone surrogates.
        Assert.Equal("lone high  here", XmlSafeText.Clean("lone high \uD800 here"));
        Assert.Equal("lone low  here", XmlSafeText.Clean("lone low \uDC00 here"));
        Assert.Equal("reversed pair ", XmlSafeText.Clean("reversed pair \uDC00\uD800"));
        Assert.Equal("a pair 🚀 then a lone ", XmlSafeText.Clean("a pair 🚀 then a lone \uD83D"));
    }

    /// <summary>Character by character: valid surrogate pairs kept, every other character kept only if XML allows it.</summary>
    private static string Reference(string text)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }
}
