using PaperDigest.Diagnostics;

namespace PaperDigest.Yaml;

/// <summary>A scalar exactly as written (quotes removed). <see cref="IsPlain"/> is false for quoted and block scalars.</summary>
internal sealed record ScalarNode(SourceLocation Location, string Value, bool IsPlain) : Node(Location)
{
    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "nothing (null)" : "a single value";
}
