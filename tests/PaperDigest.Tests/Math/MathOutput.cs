using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace PaperDigest.Tests.MathML;

/// <summary>Checks every converter output must pass: well-formed XML, and HTML that holds only MathML or the fallback.</summary>
internal static class MathOutput
{
    public const string FallbackStart = "<code class=\"math-tex\">";

    public static bool IsFallback(string html) => html.StartsWith(FallbackStart, StringComparison.Ordinal);

    /// <summary>Parses the fragment as XML (inside a root, since the fallback has no namespace) and fails with the XML error.</summary>
    public static void AssertWellFormed(string html)
    {
        try
        {
            XElement.Parse("<root>" + html + "</root>");
        }
        catch (XmlException e)
        {
            Assert.Fail($"not well-formed XML ({e.Message}): {html}");
        }
    }

    /// <summary>Parsed as a browser would, the fragment is one &lt;math&gt; or one &lt;code&gt; and no HTML element besides.</summary>
    public static void AssertSafeHtml(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html + "</body>");
        var top = Assert.Single(document.Body!.Children);
        Assert.True(top.LocalName is "math" or "code", top.LocalName);
        if (top.LocalName == "code")
        {
            Assert.Empty(top.Children);
            return;
        }

        Assert.All(top.QuerySelectorAll("*"), element => Assert.Equal("http://www.w3.org/1998/Math/MathML", element.NamespaceUri));
    }

    public static void AssertValid(string html)
    {
        AssertWellFormed(html);
        AssertSafeHtml(html);
    }
}
