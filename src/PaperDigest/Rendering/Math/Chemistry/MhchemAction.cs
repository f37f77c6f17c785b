namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>One action of a transition: its name and an optional argument ("bond" with "-", "output" with "2").</summary>
internal sealed record MhchemAction(string Type, string? Option);
