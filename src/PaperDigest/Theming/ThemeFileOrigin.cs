namespace PaperDigest.Theming;

/// <summary>Where a theme file comes from: the tool's built-in theme, or the digest's theme folder.</summary>
internal enum ThemeFileOrigin
{
    BuiltIn,
    Folder,
}
