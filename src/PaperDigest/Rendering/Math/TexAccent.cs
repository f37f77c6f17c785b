namespace PaperDigest.Rendering.Math;

/// <summary>How an accent command is drawn: its mark, above or below, and whether the mark stretches over the base.</summary>
/// <param name="IsRule">A line as wide as the base (<c>\overline</c>), drawn as a border: fonts rarely stretch ‾.</param>
internal sealed record TexAccent(string Mark, bool Under, bool Stretchy, bool IsBrace = false, bool IsRule = false);
