using PaperDigest.Diagnostics;

namespace PaperDigest.Yaml;

/// <summary>Reads YAML that must be a mapping (site.yml, tags.yml, front matter), saying so when it is not.</summary>
internal static class MappingDocument
{
    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file name diagnostics use.</param>
    /// <param name="firstLine">The file line on which the YAML starts.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="code">The code of the "not a mapping" diagnostic.</param>
    /// <param name="expectation">What the file must hold, said when it holds something else (or nothing).</param>
    public static MappingNode? Read(string yaml, SourcePath path, int firstLine, DiagnosticBag diagnostics, string code, string expectation)
    {
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var root = YamlReader.Read(yaml, path, firstLine, diagnostics);
        if (root is MappingNode mapping)
        {
            return mapping;
        }

        // A syntax error already explains an empty result; otherwise say what was expected.
        if (diagnostics.Items.Count(d => d.IsError) == errorsBefore)
        {
            diagnostics.Error(root?.Location ?? SourceLocation.StartOf(path), code, expectation);
        }

        return null;
    }
}
