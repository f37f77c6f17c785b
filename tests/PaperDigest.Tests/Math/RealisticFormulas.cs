namespace PaperDigest.Tests.MathML;

/// <summary>Formulas from physics and machine-learning summaries: all must convert, none may fall back.</summary>
internal static class RealisticFormulas
{
    public static IReadOnlyList<RealisticFormula> All { get; } =
    [
        new(@"p_\theta(x) \propto \exp(-E_\theta(x))", false, "<mo>∝</mo>"),
        new(@"\nabla_x \log p(x)", false, "<mi>log</mi>"),
        new(@"\mathbb{E}_{x \sim p}[f(x)]", false, "<msub><mi>𝔼</mi>"),
        new(@"\sum_{i=1}^{N} w_i \Delta z_i", true, "<munderover><mo movablelimits=\"false\">∑</mo>"),
        new(@"\frac{\partial \rho}{\partial t} + \nabla \cdot (\rho v) = 0", true, "<mfrac><mrow><mi>∂</mi>"),
        new(@"\dot{S} \geq 0", false, "<mover accent=\"false\"><mi>S</mi>"),
        new(@"\hat{y} = \arg\max_k p(k \mid x)", true, "<munder><mi>max</mi><mi>k</mi></munder>"),
        new(@"\mathcal{L}(\theta) = -\frac{1}{N}\sum_{i=1}^{N} \log p_\theta(y_i \mid x_i)", true, "<mi>ℒ</mi>"),
        new(@"\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}}\right)V", true, "<mo fence=\"true\" stretchy=\"true\">(</mo>"),
        new(@"i\hbar \frac{\partial}{\partial t}\Psi(\mathbf{r}, t) = \hat{H}\Psi(\mathbf{r}, t)", true, "<mi mathvariant=\"bold\">𝐫</mi>"),
        new(@"E = mc^2", false, "<msup><mi>c</mi><mn>2</mn></msup>"),
        new(@"D_{\mathrm{KL}}(q \,\|\, p) = \int q(z) \log \frac{q(z)}{p(z)} \,\mathrm{d}z", true, "<mo>∫</mo>"),
        new(@"\nabla \times \mathbf{E} = -\frac{\partial \mathbf{B}}{\partial t}", true, "<mo>×</mo>"),
        new(@"\mathbf{x}_t = \sqrt{\bar{\alpha}_t}\,\mathbf{x}_0 + \sqrt{1 - \bar{\alpha}_t}\,\boldsymbol{\epsilon}", true, "<msqrt>"),
        new(@"\lim_{n \to \infty} \left(1 + \frac{1}{n}\right)^n = e", true, "<munder><mi>lim</mi>"),
        new(@"Z = \sum_{\sigma} e^{-\beta H(\sigma)}", false, "<msub><mo>∑</mo>"),
        new(@"\langle \psi | \hat{A} | \psi \rangle", false, "<mo stretchy=\"false\">⟨</mo>"),
        new(@"f(x) = \begin{cases} x^2 & \text{if } x \geq 0 \\ -x & \text{otherwise} \end{cases}", true, "<mtext>if\u00A0</mtext>"),
        new(@"R(\phi) = \begin{pmatrix} \cos\phi & -\sin\phi \\ \sin\phi & \cos\phi \end{pmatrix}", true, "<mtable class=\"math-matrix\">"),
        new(@"\begin{aligned} \dot{x} &= \sigma (y - x) \\ \dot{y} &= x(\rho - z) - y \\ \dot{z} &= xy - \beta z \end{aligned}", true, "columnalign=\"right left\""),
        new(@"\theta_{t+1} = \theta_t - \eta \nabla_\theta \mathcal{L}(\theta_t)", false, "<mi mathvariant=\"normal\">∇</mi>"),
        new(@"\|\mathbf{W}\|_F^2 = \sum_{i,j} W_{ij}^2", true, "<msubsup><mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">‖</mo>"),
        new(@"x \sim \mathcal{N}(\mu, \sigma^2 I)", false, "<mi>𝒩</mi>"),
        new(@"S = -k_B \sum_i p_i \ln p_i", true, "<mi>ln</mi>"),
        new(@"\binom{n}{k} = \frac{n!}{k!\,(n-k)!}", true, "<mfrac linethickness=\"0\">"),
        new(@"\begin{vmatrix} a & b \\ c & d \end{vmatrix} = ad - bc", true, "<mo fence=\"true\" stretchy=\"true\">|</mo><mtable class=\"math-matrix\">"),
        new(@"x \in \mathbb{R}^{d}, \quad \forall \epsilon > 0 \; \exists \delta", false, "<msup><mi>ℝ</mi>"),
        new(@"\sigma(z) = \frac{1}{1 + e^{-z}}", false, "<mfrac><mn>1</mn>"),
        new(@"\oint_{\partial \Sigma} \mathbf{B} \cdot \mathrm{d}\boldsymbol{\ell} = \mu_0 I", true, "<msub><mo>∮</mo>"),
        new(@"\tilde{f}(\omega) = \int_{-\infty}^{\infty} f(t)\, e^{-i \omega t}\, dt", true, "<msubsup><mo>∫</mo>"),
    ];
}
