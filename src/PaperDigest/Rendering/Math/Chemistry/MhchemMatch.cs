namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>What a pattern of the mhchem grammar matched (one text, or two parts) and the input left after it.</summary>
internal sealed record MhchemMatch(string Text, IReadOnlyList<string>? Parts, string Remainder)
{
    public string Part(int i) => Parts is { } parts && i < parts.Count ? parts[i] : i == 0 ? Text : "";
}
