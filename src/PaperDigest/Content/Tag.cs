namespace PaperDigest.Content;

/// <summary>A tag of the registry in <c>tags.yml</c>.</summary>
public sealed record Tag(string Slug, string Name, string Description);
