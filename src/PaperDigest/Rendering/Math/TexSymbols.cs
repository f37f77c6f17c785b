using System.Collections.Frozen;

namespace PaperDigest.Rendering.Math;

/// <summary>The tables of the TeX subset PaperDigest understands: symbols, spaces, fonts, accents, delimiters, environments.</summary>
internal static class TexSymbols
{
    private const string ZeroSpace = "0em";
    private const string ThinSpace = "0.1667em";
    private const string ThickSpace = "0.2778em";

    /// <summary>Commands that stand for one token: Greek letters, symbols, operators, big operators and named functions.</summary>
    public static FrozenDictionary<string, MathToken> Commands { get; } = BuildCommands();

    /// <summary>Plain characters other than letters and digits.</summary>
    public static FrozenDictionary<string, MathToken> Characters { get; } = new Dictionary<string, MathToken>
    {
        ["+"] = Operator("+", AtomClass.Bin),
        ["-"] = Operator("\u2212", AtomClass.Bin),
        ["*"] = Operator("\u2217", AtomClass.Bin),
        ["="] = Operator("=", AtomClass.Rel),
        ["<"] = Operator("<", AtomClass.Rel),
        [">"] = Operator(">", AtomClass.Rel),
        [":"] = Operator(":", AtomClass.Rel) with { LeftSpace = ThickSpace, RightSpace = ThickSpace },
        [","] = Operator(",", AtomClass.Punct),
        [";"] = Operator(";", AtomClass.Punct),
        ["!"] = Operator("!", AtomClass.Close),
        ["?"] = Operator("?", AtomClass.Close),
        ["."] = Quiet("."),
        ["/"] = Quiet("/"),
        ["|"] = Quiet("|"),
        ["("] = Delimiter("(", AtomClass.Open),
        [")"] = Delimiter(")", AtomClass.Close),
        ["["] = Delimiter("[", AtomClass.Open),
        ["]"] = Delimiter("]", AtomClass.Close),
        ["%"] = Upright("%"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Spacing commands and the width of each.</summary>
    public static FrozenDictionary<string, string> Spaces { get; } = new Dictionary<string, string>
    {
        [","] = ThinSpace,
        ["thinspace"] = ThinSpace,
        [":"] = "0.2222em",
        [">"] = "0.2222em",
        ["medspace"] = "0.2222em",
        [";"] = ThickSpace,
        ["thickspace"] = ThickSpace,
        ["!"] = "-0.1667em",
        ["negthinspace"] = "-0.1667em",
        ["negmedspace"] = "-0.2222em",
        ["negthickspace"] = "-0.2778em",
        [" "] = "0.3333em",
        ["enspace"] = "0.5em",
        ["quad"] = "1em",
        ["qquad"] = "2em",
        ["space"] = "0.3333em",
        ["nobreakspace"] = "0.3333em",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The width of <c>~</c>, an unbreakable interword space.</summary>
    public const string TieWidth = "0.3333em";

    /// <summary>Font commands that take an argument.</summary>
    public static FrozenDictionary<string, MathFont> Fonts { get; } = new Dictionary<string, MathFont>
    {
        ["mathrm"] = MathFont.Roman,
        ["mathup"] = MathFont.Roman,
        ["mathit"] = MathFont.Default,
        ["mathnormal"] = MathFont.Default,
        ["mathbf"] = MathFont.Bold,
        ["boldsymbol"] = MathFont.BoldItalic,
        ["bm"] = MathFont.BoldItalic,
        ["mathbb"] = MathFont.DoubleStruck,
        ["Bbb"] = MathFont.DoubleStruck,
        ["mathcal"] = MathFont.Script,
        ["mathscr"] = MathFont.Script,
        ["mathfrak"] = MathFont.Fraktur,
        ["mathsf"] = MathFont.SansSerif,
        ["mathtt"] = MathFont.Monospace,
        ["bold"] = MathFont.Bold,
        ["frak"] = MathFont.Fraktur,
        ["mathsfit"] = MathFont.SansSerifItalic,

        // Neither is in MathML Core: \mathbbm's blackboard digits are the double-struck ones, \pmb's bold is \boldsymbol's.
        ["mathbbm"] = MathFont.DoubleStruck,
        ["pmb"] = MathFont.BoldItalic,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Old-style font switches that apply to the rest of the group: <c>{\bf x}</c>.</summary>
    public static FrozenDictionary<string, MathFont> FontSwitches { get; } = new Dictionary<string, MathFont>
    {
        ["rm"] = MathFont.Roman,
        ["it"] = MathFont.Default,
        ["bf"] = MathFont.Bold,
        ["cal"] = MathFont.Script,
        ["sf"] = MathFont.SansSerif,
        ["tt"] = MathFont.Monospace,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Text commands and the mathvariant of their <c>&lt;mtext&gt;</c>.</summary>
    public static FrozenDictionary<string, string> TextCommands { get; } = new Dictionary<string, string>
    {
        ["text"] = "",
        ["textrm"] = "",
        ["textnormal"] = "",
        ["textup"] = "",
        ["mbox"] = "",
        ["hbox"] = "",
        ["textbf"] = "bold",
        ["textit"] = "italic",
        ["emph"] = "italic",
        ["textsf"] = "sans-serif",
        ["texttt"] = "monospace",
        ["textmd"] = "",
        ["textsl"] = "italic",
        ["textsc"] = "small-caps",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Accents inside <c>\text{...}</c> (<c>\'e</c>) and the combining mark each adds to its letter.</summary>
    public static FrozenDictionary<string, string> TextAccents { get; } = new Dictionary<string, string>
    {
        ["'"] = "\u0301",
        ["`"] = "\u0300",
        ["^"] = "\u0302",
        ["\""] = "\u0308",
        ["~"] = "\u0303",
        ["="] = "\u0304",
        ["."] = "\u0307",
        ["u"] = "\u0306",
        ["v"] = "\u030C",
        ["H"] = "\u030B",
        ["r"] = "\u030A",
        ["c"] = "\u0327",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What control symbols and words stand for inside <c>\text{...}</c>.</summary>
    public static FrozenDictionary<string, string> TextSymbols { get; } = new Dictionary<string, string>
    {
        ["{"] = "{",
        ["}"] = "}",
        ["%"] = "%",
        ["$"] = "$",
        ["&"] = "&",
        ["_"] = "_",
        ["#"] = "#",
        [" "] = " ",
        [","] = "\u2009",
        [";"] = "\u2005",
        [":"] = "\u2005",
        ["quad"] = "\u2003",
        ["qquad"] = "\u2003\u2003",
        ["ldots"] = "…",
        ["dots"] = "…",
        ["textbackslash"] = "\\",
        ["textendash"] = "–",
        ["textemdash"] = "—",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<string, TexAccent> Accents { get; } = new Dictionary<string, TexAccent>
    {
        ["hat"] = new("^", Under: false, Stretchy: false),
        ["widehat"] = new("\u0302", Under: false, Stretchy: true),
        ["check"] = new("ˇ", Under: false, Stretchy: false),
        ["widecheck"] = new("ˇ", Under: false, Stretchy: true),
        ["tilde"] = new("~", Under: false, Stretchy: false),
        ["widetilde"] = new("~", Under: false, Stretchy: true),
        ["bar"] = new("¯", Under: false, Stretchy: false),
        ["overline"] = new("‾", Under: false, Stretchy: true, IsRule: true),
        ["underline"] = new("‾", Under: true, Stretchy: true, IsRule: true),
        ["vec"] = new("→", Under: false, Stretchy: false),
        ["overrightarrow"] = new("→", Under: false, Stretchy: true),
        ["overleftarrow"] = new("←", Under: false, Stretchy: true),
        ["dot"] = new("˙", Under: false, Stretchy: false),
        ["ddot"] = new("¨", Under: false, Stretchy: false),
        ["breve"] = new("˘", Under: false, Stretchy: false),
        ["acute"] = new("´", Under: false, Stretchy: false),
        ["grave"] = new("`", Under: false, Stretchy: false),
        ["mathring"] = new("˚", Under: false, Stretchy: false),
        ["dddot"] = new("\u20DB", Under: false, Stretchy: false),
        ["ddddot"] = new("\u20DC", Under: false, Stretchy: false),

        // Text accents written in math: \'{e}.
        ["'"] = new("´", Under: false, Stretchy: false),
        ["`"] = new("`", Under: false, Stretchy: false),
        ["^"] = new("^", Under: false, Stretchy: false),
        ["\""] = new("¨", Under: false, Stretchy: false),
        ["~"] = new("~", Under: false, Stretchy: false),
        ["="] = new("¯", Under: false, Stretchy: false),
        ["."] = new("˙", Under: false, Stretchy: false),
        ["u"] = new("˘", Under: false, Stretchy: false),
        ["v"] = new("ˇ", Under: false, Stretchy: false),
        ["H"] = new("˝", Under: false, Stretchy: false),
        ["r"] = new("˚", Under: false, Stretchy: false),
        ["c"] = new("¸", Under: true, Stretchy: false),
        ["overbrace"] = new("⏞", Under: false, Stretchy: true, IsBrace: true),
        ["overbracket"] = new("⎴", Under: false, Stretchy: true, IsBrace: true),
        ["underbracket"] = new("⎵", Under: true, Stretchy: true, IsBrace: true),
        ["overparen"] = new("⏜", Under: false, Stretchy: true),
        ["wideparen"] = new("⏜", Under: false, Stretchy: true),
        ["underparen"] = new("⏝", Under: true, Stretchy: true),
        ["overgroup"] = new("⏠", Under: false, Stretchy: true),
        ["undergroup"] = new("⏡", Under: true, Stretchy: true),
        ["utilde"] = new("~", Under: true, Stretchy: true),
        ["overleftrightarrow"] = new("↔", Under: false, Stretchy: true),
        ["Overrightarrow"] = new("⇒", Under: false, Stretchy: true),
        ["overleftharpoon"] = new("↼", Under: false, Stretchy: true),
        ["overrightharpoon"] = new("⇀", Under: false, Stretchy: true),
        ["underleftarrow"] = new("←", Under: true, Stretchy: true),
        ["underrightarrow"] = new("→", Under: true, Stretchy: true),
        ["underleftrightarrow"] = new("↔", Under: true, Stretchy: true),
        ["underbrace"] = new("⏟", Under: true, Stretchy: true, IsBrace: true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Delimiters after <c>\left</c>, <c>\right</c>, <c>\big</c>..., keyed by character or by <c>\name</c>; "" is <c>.</c>, no delimiter.</summary>
    public static FrozenDictionary<string, string> Delimiters { get; } = new Dictionary<string, string>
    {
        ["("] = "(",
        [")"] = ")",
        ["["] = "[",
        ["]"] = "]",
        ["|"] = "|",
        ["/"] = "/",
        ["."] = "",
        ["<"] = "⟨",
        [">"] = "⟩",
        [@"\{"] = "{",
        [@"\}"] = "}",
        [@"\lbrace"] = "{",
        [@"\rbrace"] = "}",
        [@"\lbrack"] = "[",
        [@"\rbrack"] = "]",
        [@"\|"] = "‖",
        [@"\Vert"] = "‖",
        [@"\lVert"] = "‖",
        [@"\rVert"] = "‖",
        [@"\vert"] = "|",
        [@"\lvert"] = "|",
        [@"\rvert"] = "|",
        [@"\langle"] = "⟨",
        [@"\rangle"] = "⟩",
        [@"\lfloor"] = "⌊",
        [@"\rfloor"] = "⌋",
        [@"\lceil"] = "⌈",
        [@"\rceil"] = "⌉",
        [@"\backslash"] = "\\",
        [@"\uparrow"] = "↑",
        [@"\downarrow"] = "↓",
        [@"\updownarrow"] = "↕",
        [@"\Uparrow"] = "⇑",
        [@"\Downarrow"] = "⇓",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><c>\big(</c> and its kin: the delimiter's height and the atom class the suffix (l, r, m) gives it.</summary>
    public static FrozenDictionary<string, (string Size, AtomClass Class)> DelimiterSizes { get; } = BuildDelimiterSizes();

    /// <summary>The negated forms <c>\not</c> makes, keyed by character or command name.</summary>
    public static FrozenDictionary<string, string> Negations { get; } = new Dictionary<string, string>
    {
        ["="] = "≠",
        ["<"] = "≮",
        [">"] = "≯",
        ["in"] = "∉",
        ["ni"] = "∌",
        ["equiv"] = "≢",
        ["sim"] = "≁",
        ["simeq"] = "≄",
        ["approx"] = "≉",
        ["cong"] = "≇",
        ["subset"] = "⊄",
        ["supset"] = "⊅",
        ["subseteq"] = "⊈",
        ["supseteq"] = "⊉",
        ["mid"] = "∤",
        ["parallel"] = "∦",
        ["le"] = "≰",
        ["leq"] = "≰",
        ["ge"] = "≱",
        ["geq"] = "≱",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<string, TexEnvironment> Environments { get; } = BuildEnvironments();

    private static FrozenDictionary<string, MathToken> BuildCommands()
    {
        var map = new Dictionary<string, MathToken>(StringComparer.Ordinal);

        void Add(string names, MathToken token)
        {
            foreach (var name in names.Split(' '))
            {
                map.Add(name, token);
            }
        }

        // Greek: letters, restyled by the parser in the current font (capitals upright, as in TeX).
        const string greek = """
            alpha α beta β gamma γ delta δ epsilon ϵ varepsilon ε zeta ζ eta η theta θ vartheta ϑ iota ι kappa κ
            varkappa ϰ lambda λ mu μ nu ν xi ξ omicron ο pi π varpi ϖ rho ρ varrho ϱ sigma σ varsigma ς tau τ
            upsilon υ phi ϕ varphi φ chi χ psi ψ omega ω
            Alpha Α Beta Β Gamma Γ Delta Δ Epsilon Ε Zeta Ζ Eta Η Theta Θ Iota Ι Kappa Κ Lambda Λ Mu Μ Nu Ν Xi Ξ
            Omicron Ο Pi Π Rho Ρ Sigma Σ Tau Τ Upsilon Υ Phi Φ Chi Χ Psi Ψ Omega Ω nabla ∇ partial ∂
            """;
        var pairs = greek.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            Add(pairs[i], Identifier(pairs[i + 1]));
        }

        Add("digamma", Identifier("ϝ"));
        Add("infty", Identifier("∞"));
        Add("forall", Identifier("∀"));
        Add("exists", Identifier("∃"));
        Add("nexists", Identifier("∄"));
        Add("emptyset varnothing", Identifier("∅"));
        Add("ell", Identifier("ℓ"));
        Add("hbar hslash", Identifier("ℏ"));
        Add("top", Identifier("⊤"));
        Add("bot", Identifier("⊥"));
        Add("aleph", Identifier("ℵ"));
        Add("Re", Identifier("ℜ"));
        Add("Im", Identifier("ℑ"));
        Add("wp", Identifier("℘"));
        Add("imath", Identifier("ı"));
        Add("jmath", Identifier("ȷ"));
        Add("angle", Identifier("∠"));
        Add("triangle", Identifier("△"));
        Add("square Box", Identifier("□"));
        Add("degree", Identifier("°"));
        Add("checkmark", Identifier("✓"));
        Add("%", Upright("%"));
        Add("$", Upright("$"));
        Add("#", Upright("#"));
        Add("&", Upright("&"));
        Add("_", Upright("_"));

        Add("prime", Quiet("′"));
        Add("ldots dots dotsc dotsb dotso", Operator("…", AtomClass.Inner));
        Add("cdots", Operator("⋯", AtomClass.Inner));
        Add("vdots", Operator("⋮", AtomClass.Ord));
        Add("ddots", Operator("⋱", AtomClass.Inner));
        Add("neg lnot", Operator("¬", AtomClass.Ord));
        Add("backslash", Quiet("\\"));
        Add("setminus", Operator("∖", AtomClass.Bin));
        Add("colon", Operator(":", AtomClass.Punct) with { LeftSpace = ZeroSpace, RightSpace = ThinSpace });

        // Binary operators.
        Add("pm", Operator("±", AtomClass.Bin));
        Add("mp", Operator("∓", AtomClass.Bin));
        Add("times", Operator("×", AtomClass.Bin));
        Add("div", Operator("÷", AtomClass.Bin));
        Add("cdot", Operator("⋅", AtomClass.Bin));
        Add("ast", Operator("∗", AtomClass.Bin));
        Add("star", Operator("⋆", AtomClass.Bin));
        Add("circ", Operator("∘", AtomClass.Bin));
        Add("bullet", Operator("∙", AtomClass.Bin));
        Add("oplus", Operator("⊕", AtomClass.Bin));
        Add("ominus", Operator("⊖", AtomClass.Bin));
        Add("otimes", Operator("⊗", AtomClass.Bin));
        Add("odot", Operator("⊙", AtomClass.Bin));
        Add("oslash", Operator("⊘", AtomClass.Bin));
        Add("cup", Operator("∪", AtomClass.Bin));
        Add("cap", Operator("∩", AtomClass.Bin));
        Add("sqcup", Operator("⊔", AtomClass.Bin));
        Add("sqcap", Operator("⊓", AtomClass.Bin));
        Add("uplus", Operator("⊎", AtomClass.Bin));
        Add("wedge land", Operator("∧", AtomClass.Bin));
        Add("vee lor", Operator("∨", AtomClass.Bin));
        Add("dagger", Operator("†", AtomClass.Bin));
        Add("ddagger", Operator("‡", AtomClass.Bin));
        Add("diamond", Operator("⋄", AtomClass.Bin));
        Add("wr", Operator("≀", AtomClass.Bin));
        Add("amalg", Operator("⨿", AtomClass.Bin));

        // Relations.
        Add("leq le", Operator("≤", AtomClass.Rel));
        Add("geq ge", Operator("≥", AtomClass.Rel));
        Add("leqslant", Operator("⩽", AtomClass.Rel));
        Add("geqslant", Operator("⩾", AtomClass.Rel));
        Add("neq ne", Operator("≠", AtomClass.Rel));
        Add("approx", Operator("≈", AtomClass.Rel));
        Add("sim", Operator("∼", AtomClass.Rel));
        Add("simeq", Operator("≃", AtomClass.Rel));
        Add("cong", Operator("≅", AtomClass.Rel));
        Add("propto", Operator("∝", AtomClass.Rel));
        Add("equiv", Operator("≡", AtomClass.Rel));
        Add("doteq", Operator("≐", AtomClass.Rel));
        Add("triangleq", Operator("≜", AtomClass.Rel));
        Add("coloneqq", Operator("≔", AtomClass.Rel));
        Add("asymp", Operator("≍", AtomClass.Rel));
        Add("ll", Operator("≪", AtomClass.Rel));
        Add("gg", Operator("≫", AtomClass.Rel));
        Add("lesssim", Operator("≲", AtomClass.Rel));
        Add("gtrsim", Operator("≳", AtomClass.Rel));
        Add("prec", Operator("≺", AtomClass.Rel));
        Add("succ", Operator("≻", AtomClass.Rel));
        Add("preceq", Operator("⪯", AtomClass.Rel));
        Add("succeq", Operator("⪰", AtomClass.Rel));
        Add("in", Operator("∈", AtomClass.Rel));
        Add("notin", Operator("∉", AtomClass.Rel));
        Add("ni owns", Operator("∋", AtomClass.Rel));
        Add("subset", Operator("⊂", AtomClass.Rel));
        Add("supset", Operator("⊃", AtomClass.Rel));
        Add("subseteq", Operator("⊆", AtomClass.Rel));
        Add("supseteq", Operator("⊇", AtomClass.Rel));
        Add("subsetneq", Operator("⊊", AtomClass.Rel));
        Add("perp", Operator("⟂", AtomClass.Rel));
        Add("parallel", Operator("∥", AtomClass.Rel));
        Add("mid", Operator("∣", AtomClass.Rel) with { LeftSpace = ThickSpace, RightSpace = ThickSpace });
        Add("nmid", Operator("∤", AtomClass.Rel));
        Add("models", Operator("⊨", AtomClass.Rel));
        Add("vdash", Operator("⊢", AtomClass.Rel));
        Add("to rightarrow", Operator("→", AtomClass.Rel));
        Add("leftarrow gets", Operator("←", AtomClass.Rel));
        Add("leftrightarrow", Operator("↔", AtomClass.Rel));
        Add("Rightarrow", Operator("⇒", AtomClass.Rel));
        Add("Leftarrow", Operator("⇐", AtomClass.Rel));
        Add("Leftrightarrow", Operator("⇔", AtomClass.Rel));
        Add("longrightarrow", Operator("⟶", AtomClass.Rel));
        Add("longleftarrow", Operator("⟵", AtomClass.Rel));
        Add("Longrightarrow implies", Operator("⟹", AtomClass.Rel));
        Add("Longleftarrow impliedby", Operator("⟸", AtomClass.Rel));
        Add("Longleftrightarrow iff", Operator("⟺", AtomClass.Rel));
        Add("mapsto", Operator("↦", AtomClass.Rel));
        Add("longmapsto", Operator("⟼", AtomClass.Rel));
        Add("uparrow", Operator("↑", AtomClass.Rel));
        Add("downarrow", Operator("↓", AtomClass.Rel));
        Add("leadsto", Operator("⇝", AtomClass.Rel));
        Add("rightleftharpoons", Operator("⇌", AtomClass.Rel));

        // Delimiters outside \left...\right: they keep their size.
        Add("{ lbrace", Delimiter("{", AtomClass.Open));
        Add("} rbrace", Delimiter("}", AtomClass.Close));
        Add("langle", Delimiter("⟨", AtomClass.Open));
        Add("rangle", Delimiter("⟩", AtomClass.Close));
        Add("lfloor", Delimiter("⌊", AtomClass.Open));
        Add("rfloor", Delimiter("⌋", AtomClass.Close));
        Add("lceil", Delimiter("⌈", AtomClass.Open));
        Add("rceil", Delimiter("⌉", AtomClass.Close));
        Add("lvert", Delimiter("|", AtomClass.Open));
        Add("rvert", Delimiter("|", AtomClass.Close));
        Add("lVert", Delimiter("‖", AtomClass.Open));
        Add("rVert", Delimiter("‖", AtomClass.Close));
        Add("vert", Quiet("|"));
        Add("| Vert", Quiet("‖"));

        // Big operators: sums take limits in display style, integrals keep them at the side.
        Add("sum", BigOperator("∑", limits: true));
        Add("prod", BigOperator("∏", limits: true));
        Add("coprod", BigOperator("∐", limits: true));
        Add("bigcup", BigOperator("⋃", limits: true));
        Add("bigcap", BigOperator("⋂", limits: true));
        Add("bigvee", BigOperator("⋁", limits: true));
        Add("bigwedge", BigOperator("⋀", limits: true));
        Add("bigoplus", BigOperator("⨁", limits: true));
        Add("bigotimes", BigOperator("⨂", limits: true));
        Add("bigodot", BigOperator("⨀", limits: true));
        Add("bigsqcup", BigOperator("⨆", limits: true));
        Add("biguplus", BigOperator("⨄", limits: true));
        Add("int", BigOperator("∫", limits: false));
        Add("iint", BigOperator("∬", limits: false));
        Add("iiint", BigOperator("∭", limits: false));
        Add("oint", BigOperator("∮", limits: false));
        Add("oiint", BigOperator("∯", limits: false));

        // Named functions, upright; those in the second list take limits in display style.
        foreach (var name in "arccos arcsin arctan arg cos cosh cot coth csc deg dim exp hom ker lg ln log sec sin sinh tan tanh".Split(' '))
        {
            Add(name, Function(name, limits: false));
        }

        foreach (var name in "det gcd inf lim max min Pr sup".Split(' '))
        {
            Add(name, Function(name, limits: true));
        }

        Add("liminf", Function("lim inf", limits: true));
        Add("limsup", Function("lim sup", limits: true));
        Add("argmax", Function("arg\u2009max", limits: true));
        Add("argmin", Function("arg\u2009min", limits: true));
        Add("bmod", Operator("mod", AtomClass.Bin) with { LeftSpace = "0.2222em", RightSpace = "0.2222em" });

        foreach (var name in "arcctg arctg ch cosec cotg ctg cth sgn sh tg".Split(' '))
        {
            Add(name, Function(name, limits: false));
        }

        TexSymbolTable.AddTo(map);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, (string Size, AtomClass Class)> BuildDelimiterSizes()
    {
        var map = new Dictionary<string, (string Size, AtomClass Class)>(StringComparer.Ordinal);
        foreach (var (name, size) in new[] { ("big", "1.2em"), ("Big", "1.8em"), ("bigg", "2.4em"), ("Bigg", "3em") })
        {
            map.Add(name, (size, AtomClass.Ord));
            map.Add(name + "l", (size, AtomClass.Open));
            map.Add(name + "r", (size, AtomClass.Close));
            map.Add(name + "m", (size, AtomClass.Rel));
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, TexEnvironment> BuildEnvironments()
    {
        string[] center = ["center"];
        string[] left = ["left"];
        string[] alignment = ["right", "left"];
        const string matrix = MathClasses.Matrix;
        const string jot = MathClasses.Jot;
        var map = new Dictionary<string, TexEnvironment>
        {
            ["matrix"] = new(null, null, center, DisplayCells: false, Aligned: false, matrix),
            ["smallmatrix"] = new(null, null, center, DisplayCells: false, Aligned: false, MathClasses.Small),
            ["pmatrix"] = new("(", ")", center, DisplayCells: false, Aligned: false, matrix),
            ["bmatrix"] = new("[", "]", center, DisplayCells: false, Aligned: false, matrix),
            ["Bmatrix"] = new("{", "}", center, DisplayCells: false, Aligned: false, matrix),
            ["vmatrix"] = new("|", "|", center, DisplayCells: false, Aligned: false, matrix),
            ["Vmatrix"] = new("‖", "‖", center, DisplayCells: false, Aligned: false, matrix),
            ["array"] = new(null, null, center, DisplayCells: false, Aligned: false, matrix, ColumnSpecification: true),
            ["darray"] = new(null, null, center, DisplayCells: true, Aligned: false, matrix, ColumnSpecification: true),
            ["subarray"] = new(null, null, center, DisplayCells: false, Aligned: false, MathClasses.Small, ColumnSpecification: true),
            ["cases"] = new("{", null, left, DisplayCells: false, Aligned: false),
            ["dcases"] = new("{", null, left, DisplayCells: true, Aligned: false),
            ["rcases"] = new(null, "}", left, DisplayCells: false, Aligned: false),
            ["drcases"] = new(null, "}", left, DisplayCells: true, Aligned: false),
            ["aligned"] = new(null, null, alignment, DisplayCells: true, Aligned: true, jot),
            ["align"] = new(null, null, alignment, DisplayCells: true, Aligned: true, jot),
            ["align*"] = new(null, null, alignment, DisplayCells: true, Aligned: true, jot),
            ["alignat"] = new(null, null, alignment, DisplayCells: true, Aligned: true, jot),
            ["alignat*"] = new(null, null, alignment, DisplayCells: true, Aligned: true, jot),
            ["alignedat"] = new(null, null, alignment, DisplayCells: true, Aligned: true, jot),
            ["split"] = new(null, null, alignment, DisplayCells: true, Aligned: true, jot),
            ["gathered"] = new(null, null, center, DisplayCells: true, Aligned: false, jot),
            ["gather"] = new(null, null, center, DisplayCells: true, Aligned: false, jot),
            ["gather*"] = new(null, null, center, DisplayCells: true, Aligned: false, jot),
            ["multline"] = new(null, null, center, DisplayCells: true, Aligned: false, jot),
            ["multline*"] = new(null, null, center, DisplayCells: true, Aligned: false, jot),

            // amscd: rewritten to cells and arrows first (TexParser.Diagrams.cs).
            ["CD"] = new(null, null, center, DisplayCells: true, Aligned: false, MathClasses.Diagram),
        };

        // matrix* and kin take their column alignment as an option: \begin{pmatrix*}[r].
        foreach (var name in new[] { "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix" })
        {
            map[name + "*"] = map[name];
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static MathToken Identifier(string text) => new(MathTokenKind.Identifier, text, AtomClass.Ord);

    private static MathToken Upright(string text) => Identifier(text) with { Variant = "normal" };

    private static MathToken Operator(string text, AtomClass atomClass) => new(MathTokenKind.Operator, text, atomClass);

    /// <summary>An ordinary symbol written as an operator that must not get the operator dictionary's spacing.</summary>
    private static MathToken Quiet(string text) =>
        Operator(text, AtomClass.Ord) with { Stretchy = false, LeftSpace = ZeroSpace, RightSpace = ZeroSpace };

    private static MathToken Delimiter(string text, AtomClass atomClass) => Operator(text, atomClass) with { Stretchy = false };

    private static MathToken BigOperator(string text, bool limits) => Operator(text, AtomClass.Op) with { Limits = limits };

    private static MathToken Function(string name, bool limits) =>
        new(MathTokenKind.Identifier, name, AtomClass.Op) { IsFunction = true, Limits = limits };
}
