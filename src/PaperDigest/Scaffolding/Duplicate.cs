namespace PaperDigest.Scaffolding;

/// <summary>A new entry that the digest already has: which identifier they share (<c>arXiv id</c>, <c>DOI</c>, <c>slug</c>, <c>title</c>), its value, and the entry.</summary>
internal sealed record Duplicate(string What, string Value, KnownPaper Existing)
{
    /// <summary><c>arXiv id 2309.05153 is already in the digest: input/papers/2025/2309.05153.md</c>.</summary>
    public string Message => What == "title"
        ? $"an entry titled \"{Value}\" is already in the digest: {Existing.DisplayPath}"
        : $"{What} {Value} is already in the digest: {Existing.DisplayPath}";
}
