using PaperDigest.Theming.Publishing;

namespace PaperDigest.Tests.Theming.Publishing;

public sealed class CssMinifierTests
{
    [Theory]
    [InlineData("/* theme */\n.card {\n  color: red;\n  margin: 0 auto;\n}\n", ".card{color:red;margin:0 auto}")]
    [InlineData(".a > .b ,\n.c + .d ~ .e { top: 0 }", ".a>.b,.c+.d~.e{top:0}")]
    // A descendant combinator before a pseudo-class is a space that matters.
    [InlineData(".write-up :last-child { margin: 0 }", ".write-up :last-child{margin:0}")]
    // calc() needs the spaces around + and -; "and (" must not become the function "and(".
    [InlineData(".x { width: calc(100% - 2 * var(--gap)); margin: calc(-1 * var(--s)) }", ".x{width:calc(100% - 2 * var(--gap));margin:calc(-1 * var(--s))}")]
    [InlineData("@media screen and (min-width: 40em) {\n  .a { color: red; }\n}", "@media screen and (min-width:40em){.a{color:red}}")]
    [InlineData("li:nth-child( 2n + 1 ) { color: red }", "li:nth-child(2n + 1){color:red}")]
    // Strings and unquoted URLs are kept exactly, comment markers inside them too.
    [InlineData(".a::before { content: \"  /* not a comment */ ; }\" }", ".a::before{content:\"  /* not a comment */ ; }\"}")]
    [InlineData(".a { background: url( data:image/svg+xml;utf8,x ) }", ".a{background:url(data:image/svg+xml;utf8,x)}")]
    [InlineData(".a { content: \"·\" / \"\"; }", ".a{content:\"·\" / \"\"}")]
    // A comment between two selectors' parts separates them, as it did.
    [InlineData(".a/**/.b { top: 0 }", ".a .b{top:0}")]
    [InlineData(".a { color: red !important; }", ".a{color:red !important}")]
    [InlineData(":root { --shadow: 0 1px 2px rgb(20 30 45 / 0.05), 0 1px 3px rgb(0 0 0 / 0.06); }", ":root{--shadow:0 1px 2px rgb(20 30 45 / 0.05),0 1px 3px rgb(0 0 0 / 0.06)}")]
    public void Minifies_without_changing_meaning(string css, string expected)
    {
        Assert.Equal(expected, CssMinifier.TryMinify(css, out var problem));
        Assert.Equal(-1, problem);
    }

    [Theory]
    [InlineData(".a { color: red; /* open", 17)]
    [InlineData(".a { content: \"open; }", 14)]
    [InlineData(".a { color: red;", 16)]
    [InlineData(".a { color: red; }}", 18)]
    public void A_broken_stylesheet_is_refused_with_the_place(string css, int at)
    {
        Assert.Null(CssMinifier.TryMinify(css, out var problem));
        Assert.Equal(at, problem);
    }

    [Fact]
    public void The_default_theme_stylesheet_minifies_to_the_same_rules()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "site.css"));
        var minified = CssMinifier.TryMinify(css, out _);
        Assert.NotNull(minified);
        Assert.True(minified.Length < css.Length * 0.8, $"{minified.Length} of {css.Length} characters");
        // Minifying again changes nothing: nothing left to take out.
        Assert.Equal(minified, CssMinifier.TryMinify(minified, out _));
        Assert.Equal(css.Count(c => c == '{'), minified.Count(c => c == '{'));
    }
}
