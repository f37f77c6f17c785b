using System.Globalization;
using System.Net;
using System.Text;
using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary>
/// Realistic formulas all convert. With <c>MATH_PREVIEW=1</c> the preview test also writes them to
/// <c>/tmp/math-check.html</c> (or <c>MATH_PREVIEW_PATH</c>) to look at in a browser.
/// </summary>
public sealed class TexToMathMLGoldenTests
{
    /// <summary>Constructs the realistic formulas do not show, for the preview page only.</summary>
    private static readonly (string Tex, bool Display)[] PreviewConstructs =
    [
        (@"f'(x) + f''(x) + g'^2 = x^*, \quad A^\dagger, \; A^\top", false),
        (@"\hat{x}\,\bar{x}\,\tilde{x}\,\vec{v}\,\dot{x}\,\ddot{x}\,\overline{AB}\,\underline{xy}\,\widehat{xyz}\,\widetilde{xyz}", true),
        (@"\underbrace{a + \cdots + a}_{n\ \text{times}} = \overbrace{b + b}^{2}", true),
        (@"\bigl( \Bigl( \biggl( \Biggl( x \Biggr) \biggr) \Bigr) \bigr), \quad \left\lfloor \frac{n}{2} \right\rfloor", true),
        (@"\sqrt[3]{x^3 + y^3} \neq \sqrt{x^2 + 1}, \quad \dfrac{a}{b} \text{ vs } \tfrac{a}{b}", true),
        (@"\mathbb{R}\,\mathbb{N}\,\mathbb{Z}\,\mathbb{Q}\,\mathbb{C}\,\mathbb{E}\,\mathbb{1}\quad \mathcal{L}\,\mathcal{N}\,\mathcal{O}\quad \mathfrak{g}\quad \mathsf{A}\quad \mathtt{x}", false),
        (@"\mathbf{x}^\top \mathbf{W} \mathbf{0}, \; \boldsymbol{\theta}, \boldsymbol{\Sigma}, \mathbf{\Sigma}, \mathrm{d}x, \mathit{ab}", false),
        (@"a\,b\:c\;d\!e\quad f\qquad g~h", false),
        (@"\alpha\beta\gamma\delta\epsilon\varepsilon\zeta\eta\theta\vartheta\iota\kappa\lambda\mu\nu\xi\pi\rho\varrho\sigma\varsigma\tau\upsilon\phi\varphi\chi\psi\omega", false),
        (@"\Gamma\Delta\Theta\Lambda\Xi\Pi\Sigma\Upsilon\Phi\Psi\Omega \quad \infty\,\partial\,\nabla\,\forall\,\exists\,\ell\,\hbar\,\top\,\star", false),
        (@"a \cdot b \times c \pm d \mp e \leq f \geq g \approx h \sim i \equiv j \to k \Rightarrow l \mapsto m \in A \notin B \subseteq C \cup D \cap E", false),
        (@"\{ x \in \mathbb{R} \mid x > 0 \}, \; f \colon X \to Y, \; x_1, \ldots, x_n, \; a + \cdots + z", false),
        (@"\left\| \frac{x}{2} \right\|, \; \left\langle \frac{a}{b}, c \right\rangle, \; \left. \frac{df}{dx} \right|_{x=0}", true),
        (@"\sum\limits_{i} x_i \text{ inline}, \; \int_0^1 \! f, \; \lim_{x \to 0} \frac{\sin x}{x} = 1", false),
        (@"\begin{bmatrix} 1 & 0 & 0 \\ 0 & 1 & 0 \\ 0 & 0 & 1 \end{bmatrix} \begin{Bmatrix} a \end{Bmatrix} \begin{matrix} a & b \\ c & d \end{matrix}", true),
        (@"\begin{align*} \nabla \cdot \mathbf{E} &= \frac{\rho}{\varepsilon_0} \\ \nabla \cdot \mathbf{B} &= 0 \\ \nabla \times \mathbf{E} &= -\frac{\partial \mathbf{B}}{\partial t} \end{align*}", true),
        (@"a \equiv b \pmod{n}, \; a \bmod b, \; x \not\in A, \; \overset{\text{def}}{=}, \; \operatorname{Var}[X], \; \log_2 n", false),
        (@"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}", true),
        (@"\unsupported{x} + 1", false),
    ];

    public static TheoryData<int> Formulas
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < RealisticFormulas.All.Count; i++)
            {
                data.Add(i);
            }

            return data;
        }
    }

    [Fact]
    public void There_are_enough_realistic_formulas() => Assert.True(RealisticFormulas.All.Count >= 25);

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Realistic_formula_converts_without_falling_back(int index)
    {
        var formula = RealisticFormulas.All[index];
        var parsed = TexParser.Parse(formula.Tex, formula.Display);
        Assert.True(parsed.Error is null, $"{formula.Tex}: {parsed.Error}");

        var html = TexToMathML.Convert(formula.Tex, formula.Display);
        Assert.False(MathOutput.IsFallback(html), html);
        Assert.Contains(formula.Expected, html, StringComparison.Ordinal);
        MathOutput.AssertValid(html);
    }

    [Fact]
    [Trait("Category", "Preview")]
    public void Preview_page_is_written_when_asked()
    {
        if (Environment.GetEnvironmentVariable("MATH_PREVIEW") != "1")
        {
            return;
        }

        var path = Environment.GetEnvironmentVariable("MATH_PREVIEW_PATH") ?? "/tmp/math-check.html";
        var page = new StringBuilder();
        page.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>TeX to MathML check</title>
            <style>
              body { font: 15px/1.4 "DejaVu Serif", serif; margin: 12px 20px; }
              math { font-family: "STIX Two Math", "Latin Modern Math", "DejaVu Math TeX Gyre", math; font-size: 1.15em; }
              table { border-collapse: collapse; width: 100%; }
              td { border-bottom: 1px solid #ddd; padding: 4px 8px; vertical-align: middle; }
              td.tex { font: 11px/1.3 "DejaVu Sans Mono", monospace; color: #555; width: 38%; word-break: break-all; }
              td.n { color: #999; width: 2em; }
              code.math-tex { background: #fee; }
            </style>
            </head>
            <body>
            <table>

            """);
        for (var i = 0; i < RealisticFormulas.All.Count; i++)
        {
            var formula = RealisticFormulas.All[i];
            page.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{i + 1}</td><td class=\"tex\">{WebUtility.HtmlEncode(formula.Tex)}</td><td>")
                .Append(TexToMathML.Convert(formula.Tex, formula.Display))
                .Append("</td></tr>\n");
        }

        page.Append("</table>\n<h3>Other constructs</h3>\n<table>\n");
        for (var i = 0; i < PreviewConstructs.Length; i++)
        {
            var (tex, display) = PreviewConstructs[i];
            page.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{i + 1}</td><td class=\"tex\">{WebUtility.HtmlEncode(tex)}</td><td>")
                .Append(TexToMathML.Convert(tex, display))
                .Append("</td></tr>\n");
        }

        page.Append("</table>\n</body>\n</html>\n");
        File.WriteAllText(path, page.ToString(), new UTF8Encoding(false));
    }
}
