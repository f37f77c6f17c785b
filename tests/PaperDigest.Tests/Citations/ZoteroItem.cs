namespace PaperDigest.Tests.Citations;

/// <summary>What Zotero would save from a page: its item type and fields, and the creators as last and first names.</summary>
internal sealed record ZoteroItem(string ItemType, IReadOnlyList<(string Last, string First)> Creators, IReadOnlyDictionary<string, string> Fields, string? PdfUrl)
{
    public string? this[string field] => Fields.TryGetValue(field, out var value) ? value : null;

    /// <summary>The item as lines of <c>field: value</c>, the way Zotero's item pane lists it.</summary>
    public string Dump() =>
        string.Join('\n', new[] { $"itemType: {ItemType}" }
            .Concat(Creators.Select(c => $"author: {c.Last}, {c.First}"))
            .Concat(Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}"))
            .Concat(PdfUrl is null ? [] : [$"attachment: Full Text PDF <{PdfUrl}>"]));
}
