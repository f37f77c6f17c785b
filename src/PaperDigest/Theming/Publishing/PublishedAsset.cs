using System.Text;
using NUglify;
using NUglify.JavaScript;

namespace PaperDigest.Theming.Publishing;

/// <summary>
/// What a stylesheet or script of the theme is published from: its text and, for a stylesheet, the theme's vocabulary.
/// A stylesheet is minified and its rules no page can use are dropped; a script is minified by NUglify. A file either
/// step cannot read (a stylesheet whose brackets do not match, a script with a syntax error) is published as written.
/// </summary>
/// <param name="Path">The asset's path inside <c>assets/</c>.</param>
/// <param name="Source">Its text as the theme has it.</param>
/// <param name="Vocabulary">For a stylesheet, the names pages can have; null for a script.</param>
internal sealed record PublishedAsset(string Path, string Source, ThemeVocabulary? Vocabulary)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Whether an asset at <paramref name="path"/> is made smaller when published.</summary>
    public static bool IsProcessed(string path) =>
        path.EndsWith(".css", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".js", StringComparison.OrdinalIgnoreCase);

    /// <summary>The published bytes.</summary>
    public static byte[] Make(PublishedAsset asset) => Utf8.GetBytes(asset.Vocabulary is { } vocabulary
        ? Stylesheet(asset.Source, vocabulary)
        : Script(asset.Source));

    /// <summary>The published text of a stylesheet: minified, then purged.</summary>
    public static string Stylesheet(string source, ThemeVocabulary vocabulary) =>
        CssMinifier.TryMinify(source, out _) is { } minified ? CssPurger.Purge(minified, vocabulary) : source;

    /// <summary>The published text of a script: minified, or as written when NUglify reports an error.</summary>
    public static string Script(string source)
    {
        var result = Uglify.Js(source, new CodeSettings { PreserveImportantComments = false, TermSemicolons = true });
        return result.HasErrors || result.Code is null ? source : result.Code;
    }
}
