namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// One piece the mhchem parser puts out: a raw TeX fragment (<see cref="Type"/> "tex"), or a chemical entity, arrow,
/// bond, operator, ... that <see cref="MhchemBuilder"/> turns into math nodes. Mirrors mhchem's loosely typed output.
/// </summary>
internal sealed class MhchemItem
{
    public required string Type { get; init; }

    public string? P1 { get; init; }

    public string? P2 { get; init; }

    /// <summary>A list-valued first argument (state of aggregation, fractions and over/under marks of nested formulas).</summary>
    public List<MhchemItem>? L1 { get; init; }

    public List<MhchemItem>? L2 { get; init; }

    /// <summary>The six parts of a chemical entity: amount, left superscript and subscript, element, right subscript and superscript.</summary>
    public List<MhchemItem>? A { get; init; }

    public List<MhchemItem>? B { get; init; }

    public List<MhchemItem>? P { get; init; }

    public List<MhchemItem>? O { get; init; }

    public List<MhchemItem>? Q { get; init; }

    public List<MhchemItem>? D { get; init; }

    /// <summary>How the right superscript is read: "kv", "oxidation" or null (a charge).</summary>
    public string? DType { get; init; }

    public static MhchemItem Tex(string tex) => new() { Type = "tex", P1 = tex };

    public static MhchemItem Of(string type, string? p1 = null) => new() { Type = type, P1 = p1 };
}
