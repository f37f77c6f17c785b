namespace PaperDigest.Scaffolding;

/// <summary>The kinds of file <c>import</c> reads.</summary>
public enum ImportFormat
{
    BibTex,
    ArxivAtom,
}
