using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary>Each TeX construct paper summaries use, and the MathML structure it must become.</summary>
public sealed class TexToMathMLConstructTests
{
    [Theory]
    [InlineData("x", "<mi>x</mi>")]
    [InlineData("abc", "<mi>a</mi><mi>b</mi><mi>c</mi>")]
    [InlineData("42", "<mn>42</mn>")]
    [InlineData("3.14", "<mn>3.14</mn>")]
    [InlineData(".5x", "<mn>.5</mn><mi>x</mi>")]
    [InlineData("1 + 2 = 3", "<mn>1</mn><mo>+</mo><mn>2</mn><mo>=</mo><mn>3</mn>")]
    [InlineData("a - b", "<mi>a</mi><mo>−</mo><mi>b</mi>")]
    [InlineData("-a", "<mrow><mo>−</mo><mi>a</mi>")]
    [InlineData("a = -b", "<mo>=</mo><mo lspace=\"0em\" rspace=\"0em\">−</mo><mi>b</mi>")]
    [InlineData("(-1)^n", "<mo stretchy=\"false\">(</mo><mo lspace=\"0em\" rspace=\"0em\">−</mo><mn>1</mn>")]
    [InlineData("a \\pm -b", "<mo>±</mo><mo lspace=\"0em\" rspace=\"0em\">−</mo>")]
    [InlineData("a < b > c", "<mo>&lt;</mo>", "<mo>&gt;</mo>")]
    [InlineData("a, b", "<mo>,</mo>")]
    [InlineData("n!", "<mi>n</mi><mo>!</mo>")]
    [InlineData("x^*", "<msup><mi>x</mi><mo lspace=\"0em\" rspace=\"0em\">∗</mo></msup>")]
    [InlineData("A^\\dagger", "<msup><mi>A</mi><mo lspace=\"0em\" rspace=\"0em\">†</mo></msup>")]
    [InlineData("αx", "<mi>α</mi><mi>x</mi>")]
    public void Identifiers_numbers_and_operators(string tex, params string[] expected) => AssertConverts(tex, false, expected);

    [Theory]
    [InlineData("cdot", "⋅")]
    [InlineData("times", "×")]
    [InlineData("pm", "±")]
    [InlineData("mp", "∓")]
    [InlineData("leq", "≤")]
    [InlineData("le", "≤")]
    [InlineData("geq", "≥")]
    [InlineData("neq", "≠")]
    [InlineData("approx", "≈")]
    [InlineData("sim", "∼")]
    [InlineData("propto", "∝")]
    [InlineData("equiv", "≡")]
    [InlineData("to", "→")]
    [InlineData("rightarrow", "→")]
    [InlineData("leftarrow", "←")]
    [InlineData("Rightarrow", "⇒")]
    [InlineData("mapsto", "↦")]
    [InlineData("in", "∈")]
    [InlineData("notin", "∉")]
    [InlineData("subset", "⊂")]
    [InlineData("subseteq", "⊆")]
    [InlineData("cup", "∪")]
    [InlineData("cap", "∩")]
    [InlineData("star", "⋆")]
    [InlineData("dagger", "†")]
    [InlineData("ldots", "…")]
    [InlineData("cdots", "⋯")]
    public void Operator_commands(string command, string symbol)
    {
        var html = AssertConverts($"a \\{command} b", false);
        Assert.Contains($">{symbol}</mo>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("infty", "<mi>∞</mi>")]
    [InlineData("partial", "<mi>∂</mi>")]
    [InlineData("nabla", "<mi mathvariant=\"normal\">∇</mi>")]
    [InlineData("forall", "<mi>∀</mi>")]
    [InlineData("exists", "<mi>∃</mi>")]
    [InlineData("top", "<mi>⊤</mi>")]
    [InlineData("ell", "<mi>ℓ</mi>")]
    [InlineData("hbar", "<mi>ℏ</mi>")]
    [InlineData("prime", ">′</mo>")]
    [InlineData("mid", "lspace=\"0.2778em\" rspace=\"0.2778em\">∣</mo>")]
    [InlineData("colon", "<mo lspace=\"0em\" rspace=\"0.1667em\">:</mo>")]
    [InlineData("langle", "<mo stretchy=\"false\">⟨</mo>")]
    [InlineData("rangle", "<mo stretchy=\"false\">⟩</mo>")]
    [InlineData("lVert", "<mo stretchy=\"false\">‖</mo>")]
    [InlineData("rVert", "<mo stretchy=\"false\">‖</mo>")]
    public void Symbol_commands(string command, string expected) => AssertConverts($"x \\{command} y", false, expected);

    [Theory]
    [InlineData("alpha", "α")]
    [InlineData("beta", "β")]
    [InlineData("gamma", "γ")]
    [InlineData("delta", "δ")]
    [InlineData("epsilon", "ϵ")]
    [InlineData("varepsilon", "ε")]
    [InlineData("zeta", "ζ")]
    [InlineData("eta", "η")]
    [InlineData("theta", "θ")]
    [InlineData("vartheta", "ϑ")]
    [InlineData("iota", "ι")]
    [InlineData("kappa", "κ")]
    [InlineData("lambda", "λ")]
    [InlineData("mu", "μ")]
    [InlineData("nu", "ν")]
    [InlineData("xi", "ξ")]
    [InlineData("pi", "π")]
    [InlineData("rho", "ρ")]
    [InlineData("varrho", "ϱ")]
    [InlineData("sigma", "σ")]
    [InlineData("varsigma", "ς")]
    [InlineData("tau", "τ")]
    [InlineData("upsilon", "υ")]
    [InlineData("phi", "ϕ")]
    [InlineData("varphi", "φ")]
    [InlineData("chi", "χ")]
    [InlineData("psi", "ψ")]
    [InlineData("omega", "ω")]
    public void Lowercase_greek_is_an_italic_identifier(string command, string letter) =>
        AssertConverts($"\\{command}", false, $"<mi>{letter}</mi>");

    [Theory]
    [InlineData("Gamma", "Γ")]
    [InlineData("Delta", "Δ")]
    [InlineData("Theta", "Θ")]
    [InlineData("Lambda", "Λ")]
    [InlineData("Xi", "Ξ")]
    [InlineData("Pi", "Π")]
    [InlineData("Sigma", "Σ")]
    [InlineData("Upsilon", "Υ")]
    [InlineData("Phi", "Φ")]
    [InlineData("Psi", "Ψ")]
    [InlineData("Omega", "Ω")]
    public void Uppercase_greek_is_upright(string command, string letter) =>
        AssertConverts($"\\{command}", false, $"<mi mathvariant=\"normal\">{letter}</mi>");

    [Theory]
    [InlineData("x_i", "<msub><mi>x</mi><mi>i</mi></msub>")]
    [InlineData("x^{2}", "<msup><mi>x</mi><mn>2</mn></msup>")]
    [InlineData("x_i^2", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")]
    [InlineData("x^2_i", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")]
    [InlineData("x^{i+1}", "<msup><mi>x</mi><mrow><mi>i</mi><mo>+</mo><mn>1</mn></mrow></msup>")]
    [InlineData("x^23", "<msup><mi>x</mi><mn>2</mn></msup><mn>3</mn>")]
    [InlineData("e^{-x}", "<msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup>")]
    [InlineData("x_{i_j}", "<msub><mi>x</mi><msub><mi>i</mi><mi>j</mi></msub></msub>")]
    [InlineData("{}_a b", "<msub><mrow></mrow><mi>a</mi></msub>")]
    [InlineData("f'(x)", "<mrow><mi>f</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">′</mo></mrow><mo stretchy=\"false\">(</mo>")]
    [InlineData("f''", "<mi>f</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">″</mo>")]
    [InlineData("f'^2", "<msup><mrow><mi>f</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">′</mo></mrow><mn>2</mn></msup>")]
    [InlineData("f'_i", "<msub><mrow><mi>f</mi><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">′</mo></mrow><mi>i</mi></msub>")]
    [InlineData("x^\\alpha", "<msup><mi>x</mi><mi>α</mi></msup>")]
    public void Scripts(string tex, params string[] expected) => AssertConverts(tex, false, expected);

    [Theory]
    [InlineData("\\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>")]
    [InlineData("\\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>")]
    [InlineData("\\frac{a+b}{c}", "<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mi>c</mi></mfrac>")]
    [InlineData("\\dfrac{a}{b}", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac>")]
    [InlineData("\\tfrac{a}{b}", "<mstyle displaystyle=\"false\" scriptlevel=\"0\"><mfrac>")]
    [InlineData("\\sqrt{x}", "<msqrt><mi>x</mi></msqrt>")]
    [InlineData("\\sqrt[3]{x}", "<mroot><mi>x</mi><mn>3</mn></mroot>")]
    [InlineData("\\sqrt[n+1]{x}", "<mroot><mi>x</mi><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></mroot>")]
    [InlineData("\\binom{n}{k}", "<mo fence=\"true\" stretchy=\"true\">(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo fence=\"true\" stretchy=\"true\">)</mo>")]
    public void Fractions_roots_and_binomials(string tex, params string[] expected) => AssertConverts(tex, false, expected);

    [Theory]
    [InlineData("\\left( \\frac{a}{b} \\right)", "<mrow><mo fence=\"true\" stretchy=\"true\">(</mo><mfrac>", "</mfrac><mo fence=\"true\" stretchy=\"true\">)</mo></mrow>")]
    [InlineData("\\left[ x \\right]", ">[</mo>", ">]</mo>")]
    [InlineData("\\left\\{ x \\right\\}", "stretchy=\"true\">{</mo>", "stretchy=\"true\">}</mo>")]
    [InlineData("\\left\\langle x \\right\\rangle", "stretchy=\"true\">⟨</mo>", "stretchy=\"true\">⟩</mo>")]
    [InlineData("\\left\\lVert x \\right\\rVert", "stretchy=\"true\">‖</mo><mi>x</mi><mo fence=\"true\" stretchy=\"true\">‖</mo>")]
    [InlineData("\\left. \\frac{a}{b} \\right|_{x=0}", "<msub><mrow><mfrac>", "<mo fence=\"true\" stretchy=\"true\">|</mo></mrow><mrow><mi>x</mi>")]
    [InlineData("\\left( a \\middle| b \\right)", "<mo fence=\"true\" stretchy=\"true\" lspace=\"0.05em\" rspace=\"0.05em\">|</mo>")]
    [InlineData("(x)", "<mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")]
    [InlineData("[x]", "<mo stretchy=\"false\">[</mo>")]
    [InlineData("\\{x\\}", "<mo stretchy=\"false\">{</mo><mi>x</mi><mo stretchy=\"false\">}</mo>")]
    [InlineData("|x|", "<mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">|</mo><mi>x</mi>")]
    [InlineData("\\|x\\|", "<mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">‖</mo>")]
    [InlineData("\\bigl( x \\bigr)", "<mo fence=\"true\" stretchy=\"true\" lspace=\"0em\" rspace=\"0em\" minsize=\"1.2em\" maxsize=\"1.2em\">(</mo>")]
    [InlineData("\\Big|", "minsize=\"1.8em\" maxsize=\"1.8em\">|</mo>")]
    public void Delimiters_and_fences(string tex, params string[] expected) => AssertConverts(tex, false, expected);

    [Theory]
    [InlineData("\\log x", "<mi>log</mi><mo>\u2061</mo><mspace width=\"0.1667em\"></mspace><mi>x</mi>")]
    [InlineData("\\sin(x)", "<mi>sin</mi><mo>\u2061</mo><mo stretchy=\"false\">(</mo>")]
    [InlineData("a \\log b", "<mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>log</mi>")]
    [InlineData("\\exp(x)", "<mi>exp</mi>")]
    [InlineData("\\cos \\theta", "<mi>cos</mi>")]
    [InlineData("\\tan x", "<mi>tan</mi>")]
    [InlineData("\\det A", "<mi>det</mi>")]
    [InlineData("\\dim V", "<mi>dim</mi>")]
    [InlineData("\\ker f", "<mi>ker</mi>")]
    [InlineData("\\Pr(A)", "<mi>Pr</mi>")]
    [InlineData("\\arg z", "<mi>arg</mi>")]
    [InlineData("\\log_2 n", "<msub><mi>log</mi><mn>2</mn></msub><mo>\u2061</mo><mspace width=\"0.1667em\"></mspace><mi>n</mi>")]
    [InlineData("\\operatorname{softmax}(z)", "<mi>softmax</mi><mo>\u2061</mo><mo stretchy=\"false\">(</mo>")]
    [InlineData("\\operatorname{Var}[X]", "<mi>Var</mi>")]
    [InlineData("\\operatorname{arg\\,max}_k", "<msub><mi>arg\u2009max</mi><mi>k</mi></msub>")]
    [InlineData("\\arg\\max_k f", "<mi>arg</mi><mo>\u2061</mo><mspace width=\"0.1667em\"></mspace><msub><mi>max</mi>")]
    public void Named_functions(string tex, params string[] expected) => AssertConverts(tex, false, expected);

    [Theory]
    [InlineData("\\sum_{i=1}^{n} x_i", true, "<munderover><mo movablelimits=\"false\">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>")]
    [InlineData("\\sum_{i=1}^{n} x_i", false, "<msubsup><mo>∑</mo>")]
    [InlineData("\\prod_i p_i", true, "<munder><mo movablelimits=\"false\">∏</mo><mi>i</mi></munder>")]
    [InlineData("\\int_0^1 f(x)\\,dx", true, "<msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup>")]
    [InlineData("\\iint_S", true, "<msub><mo>∬</mo>")]
    [InlineData("\\oint_C", true, "<msub><mo>∮</mo>")]
    [InlineData("\\lim_{n \\to \\infty} a_n", true, "<munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder>")]
    [InlineData("\\lim_{n \\to \\infty} a_n", false, "<msub><mi>lim</mi>")]
    [InlineData("\\max_{x} f", true, "<munder><mi>max</mi>")]
    [InlineData("\\min_{x} f", true, "<munder><mi>min</mi>")]
    [InlineData("\\sup_{x} f", true, "<munder><mi>sup</mi>")]
    [InlineData("\\inf_{x} f", true, "<munder><mi>inf</mi>")]
    [InlineData("\\operatorname*{arg\\,max}_k p", true, "<munder><mi>arg\u2009max</mi><mi>k</mi></munder>")]
    [InlineData("\\sum\\limits_i x", false, "<munder><mo movablelimits=\"false\">∑</mo>")]
    [InlineData("\\sum\\nolimits_i x", true, "<msub><mo>∑</mo>")]
    [InlineData("\\int\\limits_a^b", true, "<munderover><mo movablelimits=\"false\">∫</mo>")]
    [InlineData("\\frac{\\sum_i x_i}{n}", true, "<mfrac><mrow><msub><mo>∑</mo>")]
    [InlineData("\\displaystyle \\sum_i x_i", false, "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mrow><munder><mo movablelimits=\"false\">∑</mo>")]
    [InlineData("x^{\\sum_i y}", true, "<msup><mi>x</mi><mrow><msub><mo>∑</mo>")]
    public void Big_operators_and_limits(string tex, bool display, params string[] expected) => AssertConverts(tex, display, expected);

    [Theory]
    [InlineData("\\hat{x}", "<mover accent=\"false\"><mi>x</mi><mo stretchy=\"false\">^</mo></mover>")]
    [InlineData("\\bar{x}", "<mover accent=\"false\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover>")]
    [InlineData("\\tilde{x}", "<mo stretchy=\"false\">~</mo></mover>")]
    [InlineData("\\vec{v}", "<mo stretchy=\"false\">→</mo></mover>")]
    [InlineData("\\dot{x}", "<mo stretchy=\"false\">˙</mo></mover>")]
    [InlineData("\\ddot{x}", "<mo stretchy=\"false\">¨</mo></mover>")]
    [InlineData("\\overline{AB}", "<mrow class=\"math-overline\"><mi>A</mi><mi>B</mi></mrow>")]
    [InlineData("\\underline{x}", "<mrow class=\"math-underline\"><mi>x</mi></mrow>")]
    [InlineData("\\widehat{xy}", "<mo stretchy=\"true\">\u0302</mo></mover>")]
    [InlineData("\\widetilde{xy}", "<mo stretchy=\"true\">~</mo></mover>")]
    [InlineData("\\underbrace{a+b}_{n}", "<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏟</mo></munder><mi>n</mi></munder>")]
    [InlineData("\\overset{!}{=}", "<mover><mo>=</mo><mo>!</mo></mover>")]
    [InlineData("\\underset{x}{\\arg\\min}", "<munder>")]
    public void Accents(string tex, params string[] expected) => AssertConverts(tex, false, expected);

    [Theory]
    [InlineData("\\mathbb{R}", "<mi>ℝ</mi>")]
    [InlineData("\\mathbb{N}", "<mi>ℕ</mi>")]
    [InlineData("\\mathbb{Z}", "<mi>ℤ</mi>")]
    [InlineData("\\mathbb{Q}", "<mi>ℚ</mi>")]
    [InlineData("\\mathbb{C}", "<mi>ℂ</mi>")]
    [InlineData("\\mathbb{E}", "<mi>𝔼</mi>")]
    [InlineData("\\mathbb{1}", "<mn>𝟙</mn>")]
    [InlineData("\\mathcal{L}", "<mi>ℒ</mi>")]
    [InlineData("\\mathcal{N}", "<mi>𝒩</mi>")]
    [InlineData("\\mathfrak{g}", "<mi>𝔤</mi>")]
    [InlineData("\\mathbf{x}", "<mi mathvariant=\"bold\">𝐱</mi>")]
    [InlineData("\\mathbf{W}", "<mi mathvariant=\"bold\">𝐖</mi>")]
    [InlineData("\\mathbf{0}", "<mn mathvariant=\"bold\">𝟎</mn>")]
    [InlineData("\\mathbf{\\Sigma}", "<mi mathvariant=\"bold\">𝚺</mi>")]
    [InlineData("\\boldsymbol{\\theta}", "<mi mathvariant=\"bold-italic\">𝜽</mi>")]
    [InlineData("\\boldsymbol{x}", "<mi mathvariant=\"bold-italic\">𝒙</mi>")]
    [InlineData("\\mathrm{d}x", "<mi mathvariant=\"normal\">d</mi><mi>x</mi>")]
    [InlineData("\\mathit{x}", "<mi>x</mi>")]
    [InlineData("\\mathsf{A}", "<mi>𝖠</mi>")]
    [InlineData("\\mathtt{a}", "<mi>𝚊</mi>")]
    [InlineData("{\\bf x} y", "<mi mathvariant=\"bold\">𝐱</mi><mi>y</mi>")]
    [InlineData("\\text{if } x", "<mtext>if\u00A0</mtext><mi>x</mi>")]
    [InlineData("\\textrm{for all}", "<mtext>for\u00A0all</mtext>")]
    [InlineData("\\mbox{and}", "<mtext>and</mtext>")]
    [InlineData("\\textbf{loss}", "<mtext>𝐥𝐨𝐬𝐬</mtext>")]
    [InlineData("\\text{50\\% of {the} data}", "<mtext>50%\u00A0of\u00A0the\u00A0data</mtext>")]
    public void Fonts_and_text(string tex, params string[] expected) => AssertConverts(tex, false, expected);

    [Theory]
    [InlineData("a\\,b", "0.1667em")]
    [InlineData("a\\:b", "0.2222em")]
    [InlineData("a\\;b", "0.2778em")]
    [InlineData("a\\!b", "-0.1667em")]
    [InlineData("a\\quad b", "1em")]
    [InlineData("a\\qquad b", "2em")]
    [InlineData("a~b", "0.3333em")]
    [InlineData("a\\ b", "0.3333em")]
    public void Spacing(string tex, string width) =>
        AssertConverts(tex, false, $"<mi>a</mi><mspace width=\"{width}\"></mspace><mi>b</mi>");

    [Theory]
    [InlineData("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "<mo fence=\"true\" stretchy=\"true\">(</mo><mtable class=\"math-matrix\"><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo fence=\"true\" stretchy=\"true\">)</mo>")]
    [InlineData("\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}", ">[</mo><mtable class=\"math-matrix\">", "</mtable><mo fence=\"true\" stretchy=\"true\">]</mo>")]
    [InlineData("\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}", ">|</mo><mtable class=\"math-matrix\">")]
    [InlineData("\\begin{Bmatrix} a \\end{Bmatrix}", ">{</mo><mtable class=\"math-matrix\">")]
    [InlineData("\\begin{matrix} a & b \\\\ c & d \\\\ \\end{matrix}", "<mrow><mtable class=\"math-matrix\"><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable></mrow>")]
    [InlineData("|x| = \\begin{cases} x & x \\ge 0 \\\\ -x & \\text{otherwise} \\end{cases}", "<mo fence=\"true\" stretchy=\"true\">{</mo><mtable columnalign=\"left left\"", "<mtd columnalign=\"left\" class=\"math-align-left\">")]
    [InlineData("\\begin{aligned} a &= b + c \\\\ &= d \\end{aligned}", "<mtable class=\"math-jot\" displaystyle=\"true\" columnalign=\"right left\" columnspacing=\"0em\">", "<mtd columnalign=\"right\" class=\"math-align-right math-tight-right\"><mi>a</mi></mtd><mtd columnalign=\"left\" class=\"math-align-left math-tight-left\"><mrow><mi></mi><mo>=</mo>")]
    [InlineData("\\begin{align*} x &= 1 \\\\ y &= 2 \\end{align*}", "<mtable class=\"math-jot\" displaystyle=\"true\" columnalign=\"right left\"")]
    [InlineData("\\begin{array}{lr} a & b \\end{array}", "<mtable class=\"math-matrix\" columnalign=\"left right\">")]
    [InlineData("a \\\\ b", "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr><mtr><mtd><mi>b</mi></mtd></mtr></mtable>")]
    public void Environments(string tex, params string[] expected) => AssertConverts(tex, true, expected);

    [Theory]
    [InlineData("a \\not= b", "<mo>≠</mo>")]
    [InlineData("x \\not\\in A", "<mo>∉</mo>")]
    [InlineData("a \\bmod b", "<mo lspace=\"0.2222em\" rspace=\"0.2222em\">mod</mo>")]
    [InlineData("a \\equiv b \\pmod{n}", "<mi>mod</mi>")]
    [InlineData("x \\nonumber", "<mi>x</mi></mrow>")]
    public void Other_commands(string tex, params string[] expected) => AssertConverts(tex, false, expected);

    [Fact]
    public void Display_formulas_are_blocks_and_inline_formulas_are_not()
    {
        Assert.StartsWith("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics><mrow>", TexToMathML.Convert("x", true), StringComparison.Ordinal);
        Assert.StartsWith("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow>", TexToMathML.Convert("x", false), StringComparison.Ordinal);
    }

    [Fact]
    public void The_annotation_holds_the_tex_source()
    {
        var html = TexToMathML.Convert(@"  \frac{a}{b}  ", true);
        Assert.EndsWith(@"<annotation encoding=""application/x-tex"">\frac{a}{b}</annotation></semantics></math>", html, StringComparison.Ordinal);
    }

    private static string AssertConverts(string tex, bool display, params string[] expected)
    {
        var parsed = TexParser.Parse(tex, display);
        Assert.True(parsed.Error is null, $"{tex}: {parsed.Error}");
        var html = TexToMathML.Convert(tex, display);
        foreach (var fragment in expected)
        {
            Assert.Contains(fragment, html, StringComparison.Ordinal);
        }

        MathOutput.AssertValid(html);
        return html;
    }
}
