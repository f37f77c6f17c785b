using PaperDigest.Theming.Publishing;

namespace PaperDigest.Tests.Theming.Publishing;

public sealed class CssPurgerTests
{
    private static readonly ThemeVocabulary Vocabulary = ThemeVocabulary.Of(
        ["<main id=\"main\" class=\"card kind-{{ page.kind }}\"><a class=\"chip\">{{ title }}</a></main>"],
        ["page.classList.toggle('is-empty'); node.className = 'state-' + name;"]);

    private static string Purge(string css) => CssPurger.Purge(CssMinifier.TryMinify(css, out _)!, Vocabulary);

    [Theory]
    // Classes and ids: kept when a template or script names them, dropped when nothing does.
    [InlineData(".card{top:0}.unused{top:1px}", ".card{top:0}")]
    [InlineData("#main{top:0}#nowhere{top:1px}", "#main{top:0}")]
    [InlineData(".card .chip{top:0}.card .unused-chip{top:1px}", ".card .chip{top:0}")]
    // A selector list keeps its selectors that can match.
    [InlineData(".card,.unused{top:0}", ".card{top:0}")]
    // Names a template or script completes from a value: kind-{{ page.kind }}, 'state-' + name.
    [InlineData(".kind-search .card{top:0}.kinds{top:1px}", ".kind-search .card{top:0}")]
    [InlineData(".state-open{top:0}.is-empty{top:1px}.is-full{top:2px}", ".state-open{top:0}.is-empty{top:1px}")]
    // Renderers' classes (RendererClasses) are kept though no theme file names them.
    [InlineData(".footnote-ref{top:0}.math-display{top:1px}", ".footnote-ref{top:0}.math-display{top:1px}")]
    // Elements, attributes and pseudo-elements are not judged.
    [InlineData("table{top:0}[hidden]{top:1px}a[href^=\"http\"]::after{top:2px}", "table{top:0}[hidden]{top:1px}a[href^=\"http\"]::after{top:2px}")]
    // Inside brackets nothing is judged: :is(), :not(), :has().
    [InlineData(":is(.unused,.card) a{top:0}.card:not(.unused){top:1px}", ":is(.unused,.card) a{top:0}.card:not(.unused){top:1px}")]
    [InlineData(".unused:has(.card){top:0}", "")]
    // Escaped names cannot be judged.
    [InlineData(".sm\\:hidden{top:0}", ".sm\\:hidden{top:0}")]
    // A group keeps what can match and goes when nothing is left.
    [InlineData("@media (min-width:40em){.card{top:0}.unused{top:1px}}", "@media (min-width:40em){.card{top:0}}")]
    [InlineData("@media print{.unused{top:0}}.card{top:1px}", ".card{top:1px}")]
    [InlineData("@supports (display:grid){@media print{.unused{top:0}}}", "")]
    // Other at-rules are kept as they are, and an empty @layer still orders the layers.
    [InlineData("@font-face{font-family:X;src:url(x.woff2)}@keyframes spin{from{top:0}to{top:1px}}", "@font-face{font-family:X;src:url(x.woff2)}@keyframes spin{from{top:0}to{top:1px}}")]
    [InlineData("@layer base{.unused{top:0}}", "@layer base{}")]
    [InlineData("@charset \"utf-8\";@import url(x.css);.unused{top:0}", "@charset \"utf-8\";@import url(x.css);")]
    // Custom properties on :root are kept; nested rules are not judged.
    [InlineData(":root{--unused:1px}.unused{&.card{top:0}}", ":root{--unused:1px}.unused{&.card{top:0}}")]
    public void Keeps_what_a_page_can_use_and_drops_the_rest(string css, string expected) =>
        Assert.Equal(expected, Purge(css));

    [Fact]
    public void A_class_named_only_in_a_comment_of_a_template_is_kept()
    {
        var vocabulary = ThemeVocabulary.Of(["{{ # for write-ups with raw HTML: note-box }}"], []);
        Assert.Equal(".note-box{top:0}", CssPurger.Purge(".note-box{top:0}.other-box{top:1px}", vocabulary));
    }
}
