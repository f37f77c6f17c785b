using System.Collections.Immutable;

namespace PaperDigest.Scaffolding;

/// <summary>
/// An entry ready to be written — or the reason it must not be: the digest has it already
/// (<see cref="Duplicate"/>), or its text would not be a valid entry (<see cref="Problems"/>).
/// </summary>
internal sealed record EntryPlan(NewEntry Entry, string RelativePath, string DisplayPath, string Text, Duplicate? Duplicate, ImmutableArray<string> Problems)
{
    public bool IsReady => Duplicate is null && Problems.IsEmpty;

    /// <summary>The entry as the digest will know it once written.</summary>
    public KnownPaper Known => new(DisplayPath, Entry.Slug, Entry.ArxivKey, Entry.Doi, Entry.Title);
}
