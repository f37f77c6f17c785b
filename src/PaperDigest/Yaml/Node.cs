using PaperDigest.Diagnostics;

namespace PaperDigest.Yaml;

/// <summary>
/// A YAML value with the place it was written. Our own small tree rather than YamlDotNet's representation
/// model: it cannot hold aliases (so no alias bombs), its depth and size are bounded, and every node keeps
/// its position in the file for diagnostics.
/// </summary>
internal abstract record Node(SourceLocation Location)
{
    /// <summary>What the node is, as said to an editor in a wrong-type message.</summary>
    public abstract string KindName { get; }
}
