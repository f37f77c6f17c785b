using System.Collections.Immutable;
using PaperDigest.Diagnostics;

namespace PaperDigest.Yaml;

internal sealed record MappingNode(SourceLocation Location, ImmutableArray<MappingEntry> Entries) : Node(Location)
{
    public override string KindName => "a mapping (key: value pairs)";

    public Node? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
}
