namespace PaperDigest.Tests.MathML;

/// <summary>
/// Deep or huge TeX formulas, by name: what the safety tests convert (checking output and allocations) and what the
/// micro-benchmarks time. The micro-benchmark project links this file.
/// </summary>
internal static class DeepTex
{
    public static IReadOnlyDictionary<string, string> Inputs { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["10,000 unclosed braces"] = new string('{', 10000),
        ["2,000 nested braces"] = new string('{', 2000) + "x" + new string('}', 2000),
        ["4,000 closing braces"] = new string('}', 4000),
        ["900 nested roots"] = string.Concat(Enumerable.Repeat(@"\sqrt", 900)) + "x",
        ["700 nested fractions"] = string.Concat(Enumerable.Repeat(@"\frac1", 700)) + "2",
        ["1,500 nested superscripts"] = string.Concat(Enumerable.Repeat("x^{", 1500)) + "y" + new string('}', 1500),
        ["700 unclosed left delimiters"] = string.Concat(Enumerable.Repeat(@"\left(", 700)),
        ["350 displaystyles"] = string.Concat(Enumerable.Repeat(@"\displaystyle ", 350)) + "x",
        ["300 unclosed matrices"] = string.Concat(Enumerable.Repeat(@"\begin{matrix}", 300)),
        ["3,000 braces in text"] = @"\text{" + new string('{', 3000) + "}",
        ["2,000 primes"] = string.Concat(Enumerable.Repeat("x'", 2000)),
    };
}
