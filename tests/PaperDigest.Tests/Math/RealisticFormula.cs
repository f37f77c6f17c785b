namespace PaperDigest.Tests.MathML;

/// <summary>A formula as a paper summary would write it, and a piece of MathML its conversion must contain.</summary>
internal sealed record RealisticFormula(string Tex, bool Display, string Expected);
