namespace PaperDigest.Theming;

/// <summary>One template file of the theme contract: its path inside the theme, the view it receives, and what it renders.</summary>
/// <param name="Path">The path inside the theme folder, such as <c>templates/paper.sbn-html</c>.</param>
/// <param name="View">The view record whose members the template sees as its variables.</param>
/// <param name="Purpose">One sentence for the theme reference.</param>
internal sealed record ThemeTemplate(string Path, Type View, string Purpose)
{
    /// <summary>The name the build and <c>partial</c> use: the file name without folder and extension.</summary>
    public string Name => System.IO.Path.GetFileName(Path)[..^ThemeContract.Extension.Length];
}
