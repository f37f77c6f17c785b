namespace PaperDigest.Rendering.Math;

/// <summary>How an accent command is drawn: its mark, above or below, and whether the mark stretches over the base.</summary>
internal sealed record TexAccent(string Mark, bool Under, bool Stretchy, bool IsBrace = false);
