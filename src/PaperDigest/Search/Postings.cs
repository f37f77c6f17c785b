namespace PaperDigest.Search;

/// <summary>
/// A term's postings as the index stores them: one integer per paper, in ascending paper order,
/// <c>(id − previous id) × 8 + field</c> (the first against id 0), where field is the code of the heaviest
/// <see cref="SearchField"/> the term occurs in. Gaps keep the numbers short; common terms cost two or three bytes a paper.
/// </summary>
internal static class Postings
{
    public const int FieldBits = 3;

    /// <summary>Encodes raw postings (<c>id × 8 + field</c>, ids ascending) where they are.</summary>
    public static void EncodeInPlace(int[] postings)
    {
        var previous = 0;
        for (var i = 0; i < postings.Length; i++)
        {
            var id = postings[i] >> FieldBits;
            postings[i] = ((id - previous) << FieldBits) | (postings[i] & 7);
            previous = id;
        }
    }

    /// <summary>The (paper id, field) pairs of encoded postings.</summary>
    public static IEnumerable<(int Id, SearchField Field)> Decode(IEnumerable<int> encoded)
    {
        var id = 0;
        foreach (var value in encoded)
        {
            id += value >> FieldBits;
            yield return (id, (SearchField)(value & 7));
        }
    }

    /// <summary>The bytes <c>"term":[…],</c> takes in a shard, to decide where shards split.</summary>
    public static long JsonSize(string term, int[] encoded)
    {
        long size = System.Text.Encoding.UTF8.GetByteCount(term) + 6;
        foreach (var value in encoded)
        {
            size += Digits(value) + 1;
        }

        return size;
    }

    private static int Digits(int value) => value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10_000 ? 4 : value < 100_000 ? 5 : value < 1_000_000 ? 6 : 10;
}
