namespace PaperDigest.Scaffolding;

/// <summary>The kinds of file <c>import</c> reads.</summary>
internal enum ImportFormat
{
    BibTex,
    ArxivAtom,
}
