namespace PaperDigest.Diagnostics;

/// <summary>Which of the folders a build reads a file is in, if either (see <see cref="SourcePath"/>).</summary>
internal enum SourceFolder
{
    /// <summary>Neither: the file is named by its path as given (an imported BibTeX file, the built-in theme).</summary>
    None,

    /// <summary>The input folder (<c>--input</c>).</summary>
    Input,

    /// <summary>The theme folder (<c>--theme</c>, or <c>theme/</c> in the input folder).</summary>
    Theme,
}
