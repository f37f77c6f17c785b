using PaperDigest.Theming;

namespace PaperDigest.Tests.Theming;

/// <summary>A style sheet's references to other assets take their fingerprinted names.</summary>
public sealed class CssAssetUrlsTests
{
    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["fonts/math.woff2"] = "fonts/math.0123456789.woff2",
        ["logo.svg"] = "logo.abcdefabcd.svg",
    };

    [Theory]
    [InlineData("math.css", "src: url(\"fonts/math.woff2\") format(\"woff2\");", "src: url(\"fonts/math.0123456789.woff2\") format(\"woff2\");")]
    [InlineData("math.css", "src: url(fonts/math.woff2);", "src: url(fonts/math.0123456789.woff2);")]
    [InlineData("math.css", "src: url('./fonts/math.woff2');", "src: url('./fonts/math.0123456789.woff2');")]
    [InlineData("themes/dark.css", "a { background: url(../logo.svg) }", "a { background: url(../logo.abcdefabcd.svg) }")]
    public void References_to_assets_are_fingerprinted(string cssPath, string css, string expected) =>
        Assert.Equal(expected, CssAssetUrls.Rewrite(css, cssPath, Fingerprinted));

    [Theory]
    [InlineData("url(/fonts/math.woff2)")]
    [InlineData("url(https://example.org/fonts/math.woff2)")]
    [InlineData("url(\"data:font/woff2;base64,AAAA\")")]
    [InlineData("url(#gradient)")]
    [InlineData("url(fonts/missing.woff2)")]
    [InlineData("url(../../logo.svg)")]
    public void Other_references_stay_as_written(string css) =>
        Assert.Equal(css, CssAssetUrls.Rewrite(css, "math.css", Fingerprinted));

    private static string? Fingerprinted(string path) => Assets.GetValueOrDefault(path);
}
