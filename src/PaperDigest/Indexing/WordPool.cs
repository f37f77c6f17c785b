using System.Collections.Concurrent;

namespace PaperDigest.Indexing;

/// <summary>
/// One string per distinct word, shared by every paper's <see cref="TermCounts"/> in a build: a digest's
/// vocabulary is small next to the sum of its write-ups' words. Safe to use from several threads.
/// </summary>
public sealed class WordPool
{
    private readonly ConcurrentDictionary<string, string> words;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public WordPool()
    {
        words = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        bySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Intern(ReadOnlySpan<char> word)
    {
        if (bySpan.TryGetValue(word, out var pooled))
        {
            return pooled;
        }

        var added = new string(word);
        return words.GetOrAdd(added, added);
    }
}
