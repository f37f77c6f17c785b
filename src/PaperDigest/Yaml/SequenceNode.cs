using System.Collections.Immutable;
using PaperDigest.Diagnostics;

namespace PaperDigest.Yaml;

internal sealed record SequenceNode(SourceLocation Location, ImmutableArray<Node> Items) : Node(Location)
{
    public override string KindName => "a list";
}
