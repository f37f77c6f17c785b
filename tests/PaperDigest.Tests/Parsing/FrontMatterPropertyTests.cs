using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Parsing;

/// <summary>
/// Property-based checks (FsCheck) of the front-matter parser on random and mutated input: it never throws,
/// and it refuses an entry exactly when it reports an error, with a position inside the file.
/// </summary>
public sealed class FrontMatterPropertyTests
{
    private static readonly EntryRules Rules =
        new(new TagRegistry([new Tag("physics", "Physics", ""), new Tag("diffusion-models", "Diffusion models", "")]), new DateOnly(2025, 6, 1), AllowFuture: false);

    private const string Valid = "---\ntitle: \"A paper\"\nauthors: [Ada Lovelace, Grace Hopper]\ndate: 2025-03-11\ntags: [physics]\narxiv: \"2309.05153\"\nlinks: { code: https://example.org/code }\n---\nThe write-up.\n";

    /// <summary>Characters that matter to YAML, front matter and our validators, mixed with arbitrary ones.</summary>
    private static readonly Gen<char> Interesting = Gen.OneOf(
        Gen.Elements('-', ':', '[', ']', '{', '}', '"', '\'', '#', '&', '*', '!', '|', '>', '%', '@', '`', ',', '?', '\n', '\r', '\t', ' ', '\\', '\0', '\uFEFF', '\u202E', 'é'),
        ArbMap.Default.GeneratorFor<char>());

    private static readonly Gen<string> Text = Gen.ArrayOf(Interesting).Select(chars => new string(chars));

    [Fact]
    public void Any_text_gives_an_entry_or_errors_never_an_exception() =>
        Prop.ForAll(Text.ToArbitrary(), text => Holds(Encoding.UTF8.GetBytes(text)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));

    [Fact]
    public void Any_mutation_of_a_valid_entry_gives_an_entry_or_errors_never_an_exception()
    {
        var mutation = from position in Gen.Choose(0, Valid.Length)
                       from length in Gen.Choose(0, 8)
                       from insert in Text
                       select Mutate(position, length, insert);
        Prop.ForAll(mutation.ToArbitrary(), text => Holds(Encoding.UTF8.GetBytes(text)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Fact]
    public void Any_bytes_give_an_entry_or_errors_never_an_exception() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => Holds(Encoding.UTF8.GetBytes("---\n").Concat(bytes).ToArray()))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    private static string Mutate(int position, int length, string insert)
    {
        var end = Math.Min(Valid.Length, position + length);
        return Valid[..position] + insert + Valid[end..];
    }

    private static bool Holds(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode("entry.md", bytes, bag);
        var paper = source is null ? null : PaperParser.Parse(source, Rules, bag);
        var lines = source?.Text.Count(c => c == '\n') + 2 ?? int.MaxValue;
        var errors = bag.Items.Where(d => d.IsError).ToList();
        return (paper is null) == (errors.Count > 0)
            && bag.Items.All(d => d.Location.Line >= 1 && d.Location.Line <= lines && d.Location.Column >= 1 && !d.Message.Any(char.IsControl));
    }
}
