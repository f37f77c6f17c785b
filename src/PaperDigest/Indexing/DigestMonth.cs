using System.Collections.Immutable;
using System.Globalization;

namespace PaperDigest.Indexing;

/// <summary>The digest days of one calendar month, newest first.</summary>
internal sealed record DigestMonth(int Year, int Month, ImmutableArray<DigestDay> Days)
{
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    public string Path => $"/months/{Key}/";

    public int PaperCount => Days.Sum(d => d.Papers.Length);
}
