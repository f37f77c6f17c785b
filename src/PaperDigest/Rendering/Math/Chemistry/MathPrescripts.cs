namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// Scripts before a base, as in the isotope ²²⁷₉₀Th: written as <c>&lt;mmultiscripts&gt;</c> with
/// <c>&lt;mprescripts/&gt;</c>, which MathML Core places right-aligned against the base.
/// </summary>
internal sealed record MathPrescripts(MathNode Base, MathNode? Sub, MathNode? Sup) : MathNode;
