using System.Text;
using PaperDigest.Rendering;

namespace PaperDigest.Tests.Rendering;

/// <summary>
/// Escaping text for HTML and XML: markup characters become references, characters XML forbids become U+FFFD, and
/// everything else is copied as it is, whatever mix and length of text (checked against a character-by-character rule).
/// </summary>
public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("\"quoted\" and 'single'", "&quot;quoted&quot; and &#39;single&#39;")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("nul\u0000 del\u007F c1\u0085", "nul\uFFFD del\uFFFD c1\uFFFD")]
    [InlineData("non-characters \uFFFE\uFFFF end", "non-characters \uFFFD\uFFFD end")]
    [InlineData("<", "&lt;")]
    public void Markup_is_escaped_and_forbidden_characters_replaced(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(text));
    }

    [Fact]
    public void Lone_surrogates_are_replaced_and_pairs_kept()
    {
        // Written here rather than as theory data: the runner's serialisation of test data mangles lone surrogates.
        Assert.Equal("pair 🚀 lone \uFFFD low \uFFFD", HtmlText.Escape("pair 🚀 lone \uD800 low \uDC00"));
        Assert.Equal("ends with a lone high \uFFFD", HtmlText.Escape("ends with a lone high \uD83D"));
        Assert.Equal("\uFFFD\uFFFD🚀", HtmlText.Escape("\uDE80\uD83D\uD83D\uDE80"));
    }

    [Fact]
    public void Random_text_is_escaped_as_the_character_rule_says()
    {
        var random = new Random(7);
        char[] alphabet = ['a', 'é', ' ', '\n', '\t', '&', '<', '>', '"', '\'', '\u0001', '\u007F', '\u0090', '\uD83D', '\uDE80', '\uFFFE', '\uFFFF', '\uFFFD', '中'];
        for (var n = 0; n < 2000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            Assert.Equal(Reference(text), HtmlText.Escape(text));
        }
    }

    private static string Reference(string text)
    {
        var html = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                html.Append(c).Append(text[++i]);
                continue;
            }

            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }
}
