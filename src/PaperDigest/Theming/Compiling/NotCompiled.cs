namespace PaperDigest.Theming.Compiling;

/// <summary>Thrown inside <see cref="TemplateCompiler"/> at a construct it leaves to Scriban's interpreter.</summary>
internal sealed class NotCompiled(string construct) : Exception($"not compiled: {construct}")
{
    public string Construct => construct;
}
