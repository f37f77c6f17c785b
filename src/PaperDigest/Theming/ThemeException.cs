namespace PaperDigest.Theming;

/// <summary>A template failed while rendering; carries the template's path for the diagnostic.</summary>
public sealed class ThemeException(string templatePath, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string TemplatePath { get; } = templatePath;
}
