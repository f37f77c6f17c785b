using PaperDigest.Rendering.Math;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.MathML;

/// <summary>
/// <c>\ce</c> and <c>\pu</c>: the exact MathML of each family of mhchem notation, checked against the structure Temml
/// 0.13's mhchem extension gives (see docs/math.md, "Chemistry and units", for where it differs on purpose).
/// </summary>
public sealed class ChemistryTests
{
    [Theory]
    [InlineData("\\ce{O2}", "<mrow><mi mathvariant=\"normal\">O</mi><msub><mrow></mrow><mn>2</mn></msub></mrow>")]
    [InlineData("\\ce{NaOH}", "<mi>NaOH</mi>")]
    [InlineData("\\ce{Fe2O3}", "<mrow><mi>Fe</mi><msub><mrow></mrow><mn>2</mn></msub><mi mathvariant=\"normal\">O</mi><msub><mrow></mrow><mn>3</mn></msub></mrow>")]
    [InlineData("\\ce{C2H5OH}", "<mrow><mi mathvariant=\"normal\">C</mi><msub><mrow></mrow><mn>2</mn></msub><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>5</mn></msub><mi>OH</mi></mrow>")]
    [InlineData("\\ce{Cu(NO3)2}", "<mrow><mi>Cu</mi><mo stretchy=\"false\">(</mo><mi>NO</mi><msub><mrow></mrow><mn>3</mn></msub><mo stretchy=\"false\">)</mo><msub><mrow></mrow><mn>2</mn></msub></mrow>")]
    [InlineData("\\ce{[PtCl4]}", "<mrow><mo stretchy=\"false\">[</mo><mi>PtCl</mi><msub><mrow></mrow><mn>4</mn></msub><mo stretchy=\"false\">]</mo></mrow>")]
    [InlineData("\\ce{SiO2}", "<mrow><mi>SiO</mi><msub><mrow></mrow><mn>2</mn></msub></mrow>")]
    [InlineData("\\ce{U3O8}", "<mrow><mi mathvariant=\"normal\">U</mi><msub><mrow></mrow><mn>3</mn></msub><mi mathvariant=\"normal\">O</mi><msub><mrow></mrow><mn>8</mn></msub></mrow>")]
    public void Formulas_with_counts(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{K+}", "<mrow><mi mathvariant=\"normal\">K</mi><msup><mrow></mrow><mo lspace=\"0em\" rspace=\"0em\">+</mo></msup></mrow>")]
    [InlineData("\\ce{F-}", "<mrow><mi mathvariant=\"normal\">F</mi><msup><mrow></mrow><mo lspace=\"0em\" rspace=\"0em\">−</mo></msup></mrow>")]
    [InlineData("\\ce{Zn^2+}", "<mrow><mi>Zn</mi><msup><mrow></mrow><mrow><mn>2</mn><mo lspace=\"0em\" rspace=\"0em\">+</mo></mrow></msup></mrow>")]
    [InlineData("\\ce{SO3^{2-}}", "<mrow><mi>SO</mi><msub><mrow></mrow><mn>3</mn></msub><msup><mrow></mrow><mrow><mn>2</mn><mo lspace=\"0em\" rspace=\"0em\">−</mo></mrow></msup></mrow>")]
    [InlineData("\\ce{Al^3+}", "<mrow><mi>Al</mi><msup><mrow></mrow><mrow><mn>3</mn><mo lspace=\"0em\" rspace=\"0em\">+</mo></mrow></msup></mrow>")]
    [InlineData("\\ce{NO3-}", "<mrow><mi>NO</mi><msub><mrow></mrow><mn>3</mn></msub><msup><mrow></mrow><mo lspace=\"0em\" rspace=\"0em\">−</mo></msup></mrow>")]
    [InlineData("\\ce{[Ni(CN)4]^2-}", "<mrow><mo stretchy=\"false\">[</mo><mi>Ni</mi><mo stretchy=\"false\">(</mo><mi>CN</mi><mo stretchy=\"false\">)</mo><msub><mrow></mrow><mn>4</mn></msub><mo stretchy=\"false\">]</mo><msup><mrow></mrow><mrow><mn>2</mn><mo lspace=\"0em\" rspace=\"0em\">−</mo></mrow></msup></mrow>")]
    [InlineData("\\ce{O2^-}", "<mrow><mi mathvariant=\"normal\">O</mi><msub><mrow></mrow><mn>2</mn></msub><msup><mrow></mrow><mo lspace=\"0em\" rspace=\"0em\">−</mo></msup></mrow>")]
    public void Charges(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{I2(s)}", "<mrow><mi mathvariant=\"normal\">I</mi><msub><mrow></mrow><mn>2</mn></msub><mspace width=\"0.1111em\"></mspace><mo stretchy=\"false\">(</mo><mi mathvariant=\"normal\">s</mi><mo stretchy=\"false\">)</mo></mrow>")]
    [InlineData("\\ce{Br2(l)}", "<mrow><mi>Br</mi><msub><mrow></mrow><mn>2</mn></msub><mspace width=\"0.1111em\"></mspace><mo stretchy=\"false\">(</mo><mi mathvariant=\"normal\">l</mi><mo stretchy=\"false\">)</mo></mrow>")]
    [InlineData("\\ce{HCl(aq)}", "<mrow><mi>HCl</mi><mspace width=\"0.1111em\"></mspace><mo stretchy=\"false\">(</mo><mi>aq</mi><mo stretchy=\"false\">)</mo></mrow>")]
    [InlineData("\\ce{O3(g)}", "<mrow><mi mathvariant=\"normal\">O</mi><msub><mrow></mrow><mn>3</mn></msub><mspace width=\"0.1111em\"></mspace><mo stretchy=\"false\">(</mo><mi mathvariant=\"normal\">g</mi><mo stretchy=\"false\">)</mo></mrow>")]
    public void States_of_aggregation(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{^{13}C}", "<mmultiscripts><mi mathvariant=\"normal\">C</mi><mprescripts></mprescripts><mrow></mrow><mn>13</mn></mmultiscripts>")]
    [InlineData("\\ce{^{60}_{27}Co}", "<mmultiscripts><mi>Co</mi><mprescripts></mprescripts><mn>27</mn><mn>60</mn></mmultiscripts>")]
    [InlineData("\\ce{^{1}_{1}H}", "<mmultiscripts><mi mathvariant=\"normal\">H</mi><mprescripts></mprescripts><mn>1</mn><mn>1</mn></mmultiscripts>")]
    [InlineData("\\ce{^{3}_{1}H+}", "<mrow><mmultiscripts><mi mathvariant=\"normal\">H</mi><mprescripts></mprescripts><mn>1</mn><mn>3</mn></mmultiscripts><msup><mrow></mrow><mo lspace=\"0em\" rspace=\"0em\">+</mo></msup></mrow>")]
    public void Isotopes_as_prescripts(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{4Fe}", "<mrow><mn>4</mn><mspace width=\"0.1667em\"></mspace><mi>Fe</mi></mrow>")]
    [InlineData("\\ce{2 H2}", "<mrow><mn>2</mn><mspace width=\"0.1667em\"></mspace><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub></mrow>")]
    [InlineData("\\ce{3/2O2}", "<mrow><mfrac><mn>3</mn><mn>2</mn></mfrac><mspace width=\"0.1667em\"></mspace><mi mathvariant=\"normal\">O</mi><msub><mrow></mrow><mn>2</mn></msub></mrow>")]
    [InlineData("\\ce{1/3 Fe}", "<mrow><mfrac><mn>1</mn><mn>3</mn></mfrac><mspace width=\"0.1667em\"></mspace><mi>Fe</mi></mrow>")]
    [InlineData("\\ce{0.25 CH4}", "<mrow><mn>0.25</mn><mspace width=\"0.1667em\"></mspace><mi>CH</mi><msub><mrow></mrow><mn>4</mn></msub></mrow>")]
    public void Stoichiometric_numbers_and_fractions(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{A -> B}", "<mrow><mi mathvariant=\"normal\">A</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">→</mo><mspace width=\"2.8571em\"></mspace></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">B</mi></mrow>")]
    [InlineData("\\ce{C <- D}", "<mrow><mi mathvariant=\"normal\">C</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">←</mo><mspace width=\"2.8571em\"></mspace></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">D</mi></mrow>")]
    [InlineData("\\ce{E <-> F}", "<mrow><mi mathvariant=\"normal\">E</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">↔</mo><mspace width=\"2.8571em\"></mspace></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">F</mi></mrow>")]
    [InlineData("\\ce{G <=> H}", "<mrow><mi mathvariant=\"normal\">G</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">⇌</mo><mspace width=\"2.8571em\"></mspace></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">H</mi></mrow>")]
    [InlineData("\\ce{I <--> J}", "<mrow><mi mathvariant=\"normal\">I</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">⇄</mo><mspace width=\"2.8571em\"></mspace></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">J</mi></mrow>")]
    [InlineData("\\ce{K <=>> L}", "<mrow><mi mathvariant=\"normal\">K</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">⇌</mo><mspace width=\"2.8571em\"></mspace></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">L</mi></mrow>")]
    [InlineData("\\ce{M ->[above] N}", "<mrow><mi mathvariant=\"normal\">M</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">→</mo><mover><mrow><mspace width=\"0.4286em\"></mspace><mi>above</mi><mspace width=\"0.4286em\"></mspace></mrow><mspace width=\"4em\"></mspace></mover></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">N</mi></mrow>")]
    [InlineData("\\ce{O ->[][below] P}", "<mrow><mi mathvariant=\"normal\">O</mi><mrow><mspace width=\"0.2778em\"></mspace><munder><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">→</mo><munder><mrow><mspace width=\"0.4286em\"></mspace><mi>below</mi><mspace width=\"0.4286em\"></mspace></mrow><mspace width=\"4em\"></mspace></munder></munder><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">P</mi></mrow>")]
    [InlineData("\\ce{Q ->[up][down] R}", "<mrow><mi mathvariant=\"normal\">Q</mi><mrow><mspace width=\"0.2778em\"></mspace><munderover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">→</mo><munder><mrow><mspace width=\"0.4286em\"></mspace><mi>down</mi><mspace width=\"0.4286em\"></mspace></mrow><mspace width=\"4em\"></mspace></munder><mover><mrow><mspace width=\"0.4286em\"></mspace><mi>up</mi><mspace width=\"0.4286em\"></mspace></mrow><mspace width=\"4em\"></mspace></mover></munderover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">R</mi></mrow>")]
    [InlineData("\\ce{S ->T[catalyst] T}", "<mrow><mi mathvariant=\"normal\">S</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">→</mo><mover><mrow><mspace width=\"0.4286em\"></mspace><mtext>catalyst</mtext><mspace width=\"0.4286em\"></mspace></mrow><mspace width=\"4em\"></mspace></mover></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">T</mi></mrow>")]
    [InlineData("\\ce{U ->[\\ce{H2}] V}", "<mrow><mi mathvariant=\"normal\">U</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">→</mo><mover><mrow><mspace width=\"0.4286em\"></mspace><mrow><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub></mrow><mspace width=\"0.4286em\"></mspace></mrow><mspace width=\"4em\"></mspace></mover></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">V</mi></mrow>")]
    public void Arrows_stretch_with_text_above_and_below(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{F-F}", "<mrow><mi mathvariant=\"normal\">F</mi><mo lspace=\"0em\" rspace=\"0em\">−</mo><mi mathvariant=\"normal\">F</mi></mrow>")]
    [InlineData("\\ce{C=O}", "<mrow><mi mathvariant=\"normal\">C</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo><mi mathvariant=\"normal\">O</mi></mrow>")]
    [InlineData("\\ce{C#O}", "<mrow><mi mathvariant=\"normal\">C</mi><mo lspace=\"0em\" rspace=\"0em\">≡</mo><mi mathvariant=\"normal\">O</mi></mrow>")]
    [InlineData("\\ce{X\\bond{~}Y}", "<mrow><mi mathvariant=\"normal\">X</mi><mo lspace=\"0em\" rspace=\"0em\">┄</mo><mi mathvariant=\"normal\">Y</mi></mrow>")]
    [InlineData("\\ce{X\\bond{~-}Y}", "<mrow><mi mathvariant=\"normal\">X</mi><mover><mo lspace=\"0em\" rspace=\"0em\" movablelimits=\"false\">−</mo><mo lspace=\"0em\" rspace=\"0em\">┄</mo></mover><mi mathvariant=\"normal\">Y</mi></mrow>")]
    [InlineData("\\ce{X\\bond{~=}Y}", "<mrow><mi mathvariant=\"normal\">X</mi><mover><mo lspace=\"0em\" rspace=\"0em\" movablelimits=\"false\">=</mo><mo lspace=\"0em\" rspace=\"0em\">┄</mo></mover><mi mathvariant=\"normal\">Y</mi></mrow>")]
    [InlineData("\\ce{X\\bond{-~-}Y}", "<mrow><mi mathvariant=\"normal\">X</mi><munderover><mo lspace=\"0em\" rspace=\"0em\" movablelimits=\"false\">┄</mo><mo lspace=\"0em\" rspace=\"0em\">−</mo><mo lspace=\"0em\" rspace=\"0em\">−</mo></munderover><mi mathvariant=\"normal\">Y</mi></mrow>")]
    [InlineData("\\ce{X\\bond{....}Y}", "<mrow><mi mathvariant=\"normal\">X</mi><mrow><mo lspace=\"0em\" rspace=\"0em\">⋅</mo><mo lspace=\"0em\" rspace=\"0em\">⋅</mo><mo lspace=\"0em\" rspace=\"0em\">⋅</mo><mo lspace=\"0em\" rspace=\"0em\">⋅</mo></mrow><mi mathvariant=\"normal\">Y</mi></mrow>")]
    [InlineData("\\ce{X\\bond{<-}Y}", "<mrow><mi mathvariant=\"normal\">X</mi><mo lspace=\"0em\" rspace=\"0em\">←</mo><mi mathvariant=\"normal\">Y</mi></mrow>")]
    public void Bonds(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{CaCO3 v}", "<mrow><mi>CaCO</mi><msub><mrow></mrow><mn>3</mn></msub><mo stretchy=\"false\">↓</mo><mrow></mrow></mrow>")]
    [InlineData("\\ce{O2 ^}", "<mrow><mi mathvariant=\"normal\">O</mi><msub><mrow></mrow><mn>2</mn></msub><mo stretchy=\"false\">↑</mo><mrow></mrow></mrow>")]
    [InlineData("\\ce{NH3 (^)}", "<mrow><mi>NH</mi><msub><mrow></mrow><mn>3</mn></msub><mo stretchy=\"false\">↑</mo><mrow></mrow></mrow>")]
    public void Gas_and_precipitate(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{Pb^{IV}}", "<mrow><mi>Pb</mi><msup><mrow></mrow><mi>IV</mi></msup></mrow>")]
    [InlineData("\\ce{Mn^{II}O}", "<mrow><mi>Mn</mi><msup><mrow></mrow><mi>II</mi></msup><mi mathvariant=\"normal\">O</mi></mrow>")]
    [InlineData("\\ce{Fe^{II}Fe^{III}2O4}", "<mrow><mi>Fe</mi><msup><mrow></mrow><mi>II</mi></msup><mi>Fe</mi><msup><mrow></mrow><mi>III</mi></msup><msub><mrow></mrow><mn>2</mn></msub><mi mathvariant=\"normal\">O</mi><msub><mrow></mrow><mn>4</mn></msub></mrow>")]
    public void Oxidation_states(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{MgSO4*7H2O}", "<mrow><mi>MgSO</mi><msub><mrow></mrow><mn>4</mn></msub><mspace width=\"0.1667em\"></mspace><mo lspace=\"0em\" rspace=\"0em\">⋅</mo><mspace width=\"0.1667em\"></mspace><mn>7</mn><mspace width=\"0.1667em\"></mspace><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub><mi mathvariant=\"normal\">O</mi></mrow>")]
    [InlineData("\\ce{LiCl.H2O}", "<mrow><mi>LiCl</mi><mspace width=\"0.1667em\"></mspace><mo lspace=\"0em\" rspace=\"0em\">⋅</mo><mspace width=\"0.1667em\"></mspace><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub><mi mathvariant=\"normal\">O</mi></mrow>")]
    public void Adducts(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce{$m$ A}", "<mrow><mi>m</mi><mspace width=\"0.1667em\"></mspace><mi mathvariant=\"normal\">A</mi></mrow>")]
    [InlineData("\\ce{A_{$x$}}", "<mrow><mi mathvariant=\"normal\">A</mi><msub><mrow></mrow><mi>x</mi></msub></mrow>")]
    [InlineData("\\ce{{text}}", "<mtext>text</mtext>")]
    [InlineData("\\ce{X_{\\alpha}}", "<mrow><mi mathvariant=\"normal\">X</mi><msub><mrow></mrow><mi mathvariant=\"normal\">α</mi></msub></mrow>")]
    [InlineData("\\ce{\\Delta H}", "<mi>ΔH</mi>")]
    [InlineData("\\ce{H2O\\ca}", "<mrow><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub><mi mathvariant=\"normal\">O</mi><mo lspace=\"0em\" rspace=\"0em\">∼</mo></mrow>")]
    [InlineData("\\ce{A, B, C}", "<mrow><mi mathvariant=\"normal\">A</mi><mo lspace=\"0em\" rspace=\"0em\">,</mo><mspace width=\"0.3333em\"></mspace><mi mathvariant=\"normal\">B</mi><mo lspace=\"0em\" rspace=\"0em\">,</mo><mspace width=\"0.3333em\"></mspace><mi mathvariant=\"normal\">C</mi></mrow>")]
    [InlineData("\\ce{A...B}", "<mrow><mi mathvariant=\"normal\">A</mi><mrow><mo lspace=\"0em\" rspace=\"0em\">⋅</mo><mo lspace=\"0em\" rspace=\"0em\">⋅</mo><mo lspace=\"0em\" rspace=\"0em\">⋅</mo></mrow><mi mathvariant=\"normal\">B</mi></mrow>")]
    [InlineData("\\ce{NO2^.}", "<mrow><mi>NO</mi><msub><mrow></mrow><mn>2</mn></msub><msup><mrow></mrow><mrow><mspace width=\"0.0556em\"></mspace><mtext>•</mtext><mspace width=\"0.0556em\"></mspace></mrow></msup></mrow>")]
    [InlineData("\\ce{H2O + CO2 <=> H2CO3}", "<mrow><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub><mi mathvariant=\"normal\">O</mi><mrow></mrow><mo>+</mo><mrow></mrow><mi>CO</mi><msub><mrow></mrow><mn>2</mn></msub><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">⇌</mo><mspace width=\"2.8571em\"></mspace></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub><mi>CO</mi><msub><mrow></mrow><mn>3</mn></msub></mrow>")]
    [InlineData("\\ce{2H+ + 2e- -> H2 ^}", "<mrow><mn>2</mn><mspace width=\"0.1667em\"></mspace><mi mathvariant=\"normal\">H</mi><msup><mrow></mrow><mo lspace=\"0em\" rspace=\"0em\">+</mo></msup><mrow></mrow><mo>+</mo><mrow></mrow><mn>2</mn><mspace width=\"0.1667em\"></mspace><mi mathvariant=\"normal\">e</mi><msup><mrow></mrow><mo lspace=\"0em\" rspace=\"0em\">−</mo></msup><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">→</mo><mspace width=\"2.8571em\"></mspace></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub><mo stretchy=\"false\">↑</mo><mrow></mrow></mrow>")]
    [InlineData("\\ce{A + B ->[$k$] C}", "<mrow><mi mathvariant=\"normal\">A</mi><mrow></mrow><mo>+</mo><mrow></mrow><mi mathvariant=\"normal\">B</mi><mrow><mspace width=\"0.2778em\"></mspace><mover><mo stretchy=\"true\" lspace=\"0\" rspace=\"0\" movablelimits=\"false\">→</mo><mover><mrow><mspace width=\"0.4286em\"></mspace><mi mathvariant=\"normal\">k</mi><mspace width=\"0.4286em\"></mspace></mrow><mspace width=\"4em\"></mspace></mover></mover><mspace width=\"0.2778em\"></mspace></mrow><mi mathvariant=\"normal\">C</mi></mrow>")]
    [InlineData("\\ce{pH}", "<mi>pH</mi>")]
    [InlineData("\\ce{\\frac{1}{2}H2}", "<mrow><mfrac><mn>1</mn><mn>2</mn></mfrac><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub></mrow>")]
    [InlineData("\\ce{\\overset{a}{b}}", "<mover><mi mathvariant=\"normal\">b</mi><mi mathvariant=\"normal\">a</mi></mover>")]
    [InlineData("\\ce{\\underset{a}{b}}", "<munder><mi mathvariant=\"normal\">b</mi><mi mathvariant=\"normal\">a</mi></munder>")]
    public void Math_text_and_other_parts(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\pu{10 mg}", "<mrow><mn>10</mn><mtext> </mtext><mi>mg</mi></mrow>")]
    [InlineData("\\pu{37 ^oC}", "<mrow><mn>37</mn><mtext> </mtext><msup><mrow></mrow><mo lspace=\"0em\" rspace=\"0em\">∘</mo></msup><mi mathvariant=\"normal\">C</mi></mrow>")]
    [InlineData("\\pu{3.14 rad}", "<mrow><mn>3.14</mn><mtext> </mtext><mi>rad</mi></mrow>")]
    [InlineData("\\pu{1e-9 m}", "<mrow><mn>1</mn><mo>⋅</mo><msup><mn>10</mn><mrow><mo>−</mo><mn>9</mn></mrow></msup><mtext> </mtext><mi mathvariant=\"normal\">m</mi></mrow>")]
    [InlineData("\\pu{2.0(1) mol}", "<mrow><mn>2.0</mn><mo stretchy=\"false\">(</mo><mn>1</mn><mo stretchy=\"false\">)</mo><mtext> </mtext><mi>mol</mi></mrow>")]
    [InlineData("\\pu{5 kJ mol-1}", "<mrow><mn>5</mn><mtext> </mtext><mi>kJ</mi><mspace width=\"0.1667em\"></mspace><msup><mi>mol</mi><mrow><mo>−</mo><mn>1</mn></mrow></msup></mrow>")]
    [InlineData("\\pu{9.0 m//s}", "<mrow><mn>9.0</mn><mtext> </mtext><mfrac><mi mathvariant=\"normal\">m</mi><mi mathvariant=\"normal\">s</mi></mfrac></mrow>")]
    [InlineData("\\pu{1.0x10^5 Pa}", "<mrow><mn>1.0</mn><mo>×</mo><msup><mn>10</mn><mn>5</mn></msup><mtext> </mtext><mi>Pa</mi></mrow>")]
    [InlineData("\\pu{+-0.5 K}", "<mrow><mo>±</mo><mn>0.5</mn><mtext> </mtext><mi mathvariant=\"normal\">K</mi></mrow>")]
    [InlineData("\\pu{123456 J}", "<mrow><mn>123</mn><mspace width=\"0.1111em\"></mspace><mn>456</mn><mtext> </mtext><mi mathvariant=\"normal\">J</mi></mrow>")]
    [InlineData("\\pu{0.123456 s}", "<mrow><mn>0.123</mn><mspace width=\"0.1111em\"></mspace><mn>456</mn><mtext> </mtext><mi mathvariant=\"normal\">s</mi></mrow>")]
    [InlineData("\\pu{1,5 L}", "<mrow><mn>1</mn><mo lspace=\"0em\" rspace=\"0em\">,</mo><mn>5</mn><mtext> </mtext><mi mathvariant=\"normal\">L</mi></mrow>")]
    [InlineData("\\pu{10 ms}", "<mrow><mn>10</mn><mtext> </mtext><mi>ms</mi></mrow>")]
    [InlineData("\\pu{mol*L-1}", "<mrow><mi>mol</mi><mspace width=\"0.0556em\"></mspace><mo lspace=\"0em\" rspace=\"0em\">⋅</mo><mspace width=\"0.0556em\"></mspace><msup><mi mathvariant=\"normal\">L</mi><mrow><mo>−</mo><mn>1</mn></mrow></msup></mrow>")]
    public void Units(string tex, string mathML) => AssertConverts(tex, mathML);

    [Theory]
    [InlineData("\\ce H2O", "\\ce needs a braced argument")]
    [InlineData("\\ce{H2O", "the { after \\ce is never closed")]
    [InlineData("\\ce{A \\frobnicate B}", "unsupported command \\frobnicate")]
    [InlineData("\\pu{5 \\weird}", "\\pu{5 \\weird}: unsupported command \\weird")]
    [InlineData("\\ce{A ->[\\nope] B}", "unsupported command \\nope")]
    [InlineData("\\ce{X_{\\unknown}}", "unsupported command \\unknown")]
    [InlineData("\\ce{$\\frac{1}$}", "\\frac is missing its argument")]
    [InlineData("\\ce{A\\bond{?}B}", "unknown bond ?")]
    [InlineData("\\ce{\\color{red}{Fe}}", "\\color cannot be used inside \\ce")]
    [InlineData("\\ce{A & B}", "& cannot be used inside \\ce")]
    [InlineData("\\ce{A \\\\ B}", "\\\\ cannot be used inside \\ce")]
    public void What_cannot_be_read_is_an_error_naming_the_part(string tex, string why)
    {
        var parsed = TexParser.Parse(tex, displayMode: false);
        Assert.Null(parsed.Root);
        Assert.Contains(why, parsed.Error, StringComparison.Ordinal);
        Assert.EndsWith("(at character 1)", parsed.Error, StringComparison.Ordinal);
        Assert.StartsWith("<code class=\"math-tex\">", TexToMathML.Convert(tex, displayMode: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_is_bounded()
    {
        var tex = string.Concat(Enumerable.Repeat("\\ce{", 40)) + "H" + new string('}', 40);
        Assert.Contains("nests too deeply", TexParser.Parse(tex, displayMode: false).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Arbitrary_input_never_throws()
    {
        const string Alphabet = "HOCNaFe23()[]{}^_+-=#~<>v.*/,;$\\ aqIVX";
        var random = new Random(21);
        for (var i = 0; i < 3000; i++)
        {
            var body = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var tex = (i % 4 == 0 ? "\\pu{" : "\\ce{") + body + "}";
            var html = TexToMathML.Convert(tex, displayMode: i % 2 == 0, out var shownAsTex);
            Assert.True(shownAsTex ? TexParser.Parse(tex, false).Error is not null : html.StartsWith("<math", StringComparison.Ordinal), tex);
        }
    }

    [Fact]
    public void Empty_arguments_are_empty_rows()
    {
        AssertConverts("\\ce{}", "<mrow></mrow>");
        AssertConverts("\\pu{}", "<mrow></mrow>");
    }

    [Fact]
    public void A_formula_takes_scripts_and_sits_among_other_math()
    {
        AssertConverts("x + \\ce{H2O}^2", "<mi>x</mi><mo>+</mo><msup><mrow><mi mathvariant=\"normal\">H</mi><msub><mrow></mrow><mn>2</mn></msub><mi mathvariant=\"normal\">O</mi></mrow><mn>2</mn></msup>");
    }

    [Fact]
    public void Fractions_stay_text_sized_in_display_math()
    {
        var html = TexToMathML.Convert("\\ce{1/2 O2}", displayMode: true);
        Assert.Contains("<mstyle displaystyle=\"false\" scriptlevel=\"0\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_formula_in_a_write_up_is_a_warning_at_its_place()
    {
        using var temp = new TempFolder();
        const string Body = "Water is $\\ce{H2O}$; rust is $\\ce{Fe2O3 \\rust}$.";
        var input = TinyDigest.Create(temp.Combine("input"), TinyDigest.SiteYml, TinyDigest.TagsYml,
            ("2025/chem.md", TinyDigest.Entry("Chem", "2025-03-10", Body)));
        var line = File.ReadAllLines(Path.Combine(input, "papers", "2025", "chem.md")).ToList().FindIndex(l => l.StartsWith("Water", StringComparison.Ordinal)) + 1;

        var built = PaperDigest.Building.SiteBuilder.Build(new PaperDigest.Building.BuildOptions(input, RepoPaths.Theme, temp.Combine("site")));

        Assert.True(built.Succeeded);
        var warning = Assert.Single(built.Diagnostics, d => d.Code == "PD0140");
        Assert.Contains("\\ce{Fe2O3 \\rust}: unsupported command \\rust", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("chem.md", warning.Location.Path, StringComparison.Ordinal);
        Assert.Equal((line, Body.IndexOf("\\ce{Fe", StringComparison.Ordinal) + 1), (warning.Location.Line, warning.Location.Column));
        var page = File.ReadAllText(temp.Combine("site", "papers", "chem", "index.html"));
        Assert.Contains("<msub><mrow></mrow><mn>2</mn></msub>", page, StringComparison.Ordinal);
        Assert.Contains("<code class=\"math-tex\">\\ce{Fe2O3 \\rust}</code>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\ce{H2SO4}", "H₂SO₄")]
    [InlineData("\\ce{SO4^2-}", "SO₄²⁻")]
    [InlineData("\\ce{^{14}_{6}C}", "¹⁴₆C")]
    [InlineData("\\ce{2H2 + O2 -> 2H2O}", "2 H₂ + O₂ → 2 H₂O")]
    [InlineData("\\ce{NaCl(aq)}", "NaCl (aq)")]
    [InlineData("\\pu{8.314 J K-1 mol-1}", "8.314\u00A0J K⁻¹ mol⁻¹")]
    public void Summaries_read_chemistry_as_plain_text(string tex, string text) => Assert.Equal(text, MathText.Of(tex));

    private static void AssertConverts(string tex, string mathML)
    {
        var html = TexToMathML.Convert(tex, displayMode: false, out var shownAsTex);
        Assert.False(shownAsTex, TexParser.Parse(tex, false).Error);
        const string Start = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow>";
        Assert.StartsWith(Start, html, StringComparison.Ordinal);
        var end = html.IndexOf("</mrow><annotation", StringComparison.Ordinal);
        Assert.Equal(mathML, html[Start.Length..end]);
    }
}
