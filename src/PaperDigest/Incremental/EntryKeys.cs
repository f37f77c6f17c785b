namespace PaperDigest.Incremental;

/// <summary>
/// The keys (<see cref="ContentKey.KeyOf"/>) of a cached entry's paper and the paper as shown, saved with the entry: a
/// later build that takes the entry unchanged takes these keys too, instead of reading every field of thousands of
/// papers again. The default when not known. The rendering's own key is not among them: it holds the numbers of
/// its words, which the cache renumbers when it saves, and no file is keyed by it.
/// </summary>
internal readonly record struct EntryKeys(Fingerprint Paper, Fingerprint Shown)
{
    public bool IsNone => Paper.IsNone || Shown.IsNone;
}
