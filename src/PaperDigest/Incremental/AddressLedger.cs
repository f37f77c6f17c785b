using System.Text;

namespace PaperDigest.Incremental;

/// <summary>
/// Where each entry file's paper was published, by its path inside the input folder: the history <see cref="Validation.AddressChanges"/>
/// compares a build with. A text file in the build cache (<c>addresses.tsv</c>), kept apart from the binary caches
/// because those are dropped whenever the day, the settings or the version of PaperDigest change, and a clean build
/// forgets them; this one is read by every build and by <c>check</c>, and is only missing where no build ran before.
/// </summary>
internal sealed class AddressLedger
{
    public const string FileName = "addresses.tsv";
    private const string Header = "paperdigest-addresses-1";

    public AddressLedger(IReadOnlyDictionary<string, PublishedAddress> entries) => Entries = entries;

    public static AddressLedger Empty { get; } = new(new Dictionary<string, PublishedAddress>());

    /// <summary>Each entry file's published address, by its path inside the input folder.</summary>
    public IReadOnlyDictionary<string, PublishedAddress> Entries { get; }

    /// <summary>The ledger in <paramref name="folder"/>; empty if there is none or it cannot be read.</summary>
    public static AddressLedger Load(string folder)
    {
        try
        {
            var path = Path.Combine(folder, FileName);
            if (!File.Exists(path))
            {
                return Empty;
            }

            var lines = File.ReadAllLines(path, Encoding.UTF8);
            if (lines.Length == 0 || lines[0] != Header)
            {
                return Empty;
            }

            var entries = new Dictionary<string, PublishedAddress>(StringComparer.Ordinal);
            foreach (var line in lines.Skip(1))
            {
                var fields = line.Split('\t');
                if (fields.Length == 4 && fields[1].StartsWith('/') && fields[2].Length > 0)
                {
                    entries[fields[0]] = new PublishedAddress(fields[1], fields[2], fields[3].Length > 0 ? fields[3] : null);
                }
            }

            return new AddressLedger(entries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Empty;
        }
    }

    /// <summary>Writes the ledger into <paramref name="folder"/>, whole under a temporary name and then renamed.</summary>
    public void Save(string folder)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (source, address) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            string[] fields = [source, address.Path, address.FeedKey, address.Arxiv ?? ""];
            if (fields.All(f => f.IndexOfAny(['\t', '\n', '\r']) < 0))
            {
                text.AppendJoin('\t', fields).Append('\n');
            }
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path + ".tmp", text.ToString(), new UTF8Encoding(false));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
