using BenchmarkDotNet.Attributes;
using PaperDigest.Rendering.Math;
using PaperDigest.Tests.MathML;

namespace PaperDigest.MicroBenchmarks;

/// <summary>
/// TeX to MathML on deep or huge formulas (the safety tests' inputs, which check what they give and allocate, never
/// how long they take): each should convert in milliseconds.
/// </summary>
[MemoryDiagnoser]
public class MathBenchmarks
{
    public static IEnumerable<string> Names => DeepTex.Inputs.Keys;

    [ParamsSource(nameof(Names))]
    public string Input { get; set; } = "";

    [Benchmark]
    public string DeepFormulaToMathML() => TexToMathML.Convert(DeepTex.Inputs[Input], true);
}
