using PaperDigest.Diagnostics;
using PaperDigest.Reading;
using PaperDigest.Yaml;

namespace PaperDigest.Parsing;

/// <summary>
/// The shape <c>tags.yml</c> and <c>authors.yml</c> share: a mapping from slugs to mappings of known keys. Reads the
/// file and gives each entry whose key is a slug and whose value is a mapping, its keys checked; the rest is reported.
/// </summary>
/// <param name="Code">The code of every problem of the file's shape.</param>
/// <param name="Expectation">What the file must be, for a file that is not a mapping.</param>
/// <param name="Entry">What an entry is called, such as "tag": "tag 'x' must be a mapping ...".</param>
/// <param name="BadKey">What is said of a key that is not a slug.</param>
/// <param name="Example">A mapping such as the entries are, for a value that is not one.</param>
/// <param name="Keys">The keys an entry may have.</param>
internal sealed record RegistryEntries(string Code, string Expectation, string Entry, Func<string, string> BadKey, string Example, IReadOnlyCollection<string> Keys)
{
    /// <summary>The well-formed entries, in file order, each key with the reader of its fields; null when the file is not a mapping.</summary>
    public List<(ScalarNode Key, FieldReader Fields)>? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var mapping = MappingDocument.Read(file.Text, file.Path, 1, diagnostics, Code, Expectation);
        if (mapping is null)
        {
            return null;
        }

        var entries = new List<(ScalarNode Key, FieldReader Fields)>();
        foreach (var (key, value) in mapping.Entries.Select(e => (e.Key, e.Value)))
        {
            if (!Identifiers.IsTagSlug(key.Value))
            {
                diagnostics.Error(key.Location, Code, BadKey(FieldReader.Shorten(key.Value)));
            }
            else if (value is not MappingNode entry)
            {
                diagnostics.Error(value.Location, Code, $"{Entry} '{key.Value}' must be a mapping such as {Example}, not {value.KindName}");
            }
            else
            {
                var fields = new FieldReader(entry, diagnostics, Code);
                fields.RejectUnknownKeys(Keys, $"{Entry} '{key.Value}'");
                entries.Add((key, fields));
            }
        }

        return entries;
    }
}
