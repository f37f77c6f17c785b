namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>Input the mhchem grammar cannot read; caught at the entry point and reported as the formula's error.</summary>
internal sealed class MhchemException(string message) : Exception(message);
