using System.Collections.Concurrent;

namespace PaperDigest.Indexing;

/// <summary>
/// Numbers the distinct words of a digest 0, 1, 2… in the order they are first met, and keeps one string for each:
/// every paper's <see cref="TermCounts"/> and <see cref="Search.SearchTerms"/> hold these numbers, so counting and
/// merging them across papers is array work, and the entry cache stores them as they are. Safe to use from several
/// threads; a number, once given, always means the same word.
/// </summary>
internal sealed class WordPool
{
    private readonly ConcurrentDictionary<string, int> ids;
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly Lock adding = new();
    // Written only under `adding`; a word is stored before its number is published, so any number a reader holds is in range.
    private volatile string[] words = new string[1024];
    private volatile int count;

    public WordPool()
    {
        ids = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        bySpan = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many words have a number: every number is below this.</summary>
    public int Count => count;

    /// <summary>The word numbered <paramref name="id"/>.</summary>
    public string this[int id] => (uint)id < (uint)count ? words[id] : throw new ArgumentOutOfRangeException(nameof(id));

    /// <summary>The number of <paramref name="word"/>, given it now if it has none.</summary>
    public int Id(ReadOnlySpan<char> word) => bySpan.TryGetValue(word, out var id) ? id : Add(word.ToString());

    /// <inheritdoc cref="Id(ReadOnlySpan{char})"/>
    public int Id(string word) => ids.TryGetValue(word, out var id) ? id : Add(word);

    /// <summary>The number of <paramref name="word"/> if it has one; never gives one.</summary>
    public bool TryFind(string word, out int id) => ids.TryGetValue(word, out id);

    /// <summary>The words numbered 0 to <see cref="Count"/> - 1, in that order.</summary>
    public ReadOnlySpan<string> Words
    {
        get
        {
            var known = count; // before the array, which is at least this long from then on
            return words.AsSpan(0, known);
        }
    }

    /// <summary>Compares two words by number as <see cref="string.CompareOrdinal(string, string)"/> compares them.</summary>
    public int CompareOrdinal(int a, int b) => a == b ? 0 : string.CompareOrdinal(words[a], words[b]);

    private int Add(string word)
    {
        lock (adding)
        {
            if (ids.TryGetValue(word, out var known))
            {
                return known;
            }

            var id = count;
            if (id == words.Length)
            {
                var grown = new string[words.Length * 2];
                words.AsSpan().CopyTo(grown);
                words = grown;
            }

            words[id] = word;
            count = id + 1;
            ids[word] = id;
            return id;
        }
    }
}
