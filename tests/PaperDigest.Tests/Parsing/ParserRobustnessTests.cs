using System.Globalization;
using System.Text;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Parsing;

/// <summary>
/// A deterministic fuzz test (FsCheck is not referenced): the sample entries, randomly damaged, must never make
/// the reader or parser throw, and every refusal must come with an error that points inside the file.
/// </summary>
public sealed class ParserRobustnessTests
{
    private const int Seed = 20250601;
    private const int Iterations = 2000;

    private static readonly byte[][] Fragments =
    [
        .. new[]
        {
            "---", "\n---\n", "\n...\n", "*", "*a", "&a ", "[", "]", "{", "}", ":", ": ", "\t", "\n\t", "- ", "? ", "#", "!", "!!str ",
            "%YAML 1.2\n", "|", ">", "\"", "'", "`", "@", ",", "\n", "\r\n", "\r", "\uFEFF", "\u0007", "\u0085", "\u2028", "  ", "    ",
            "title: ", "tags: ", "date: ", "aliases: [/../]", "slug: ..", "links: {pdf: ", "arxiv: ", "\\", "\\u", "\"\\x", "é", "e\u0301",
        }.Select(Encoding.UTF8.GetBytes),
        [0], [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
    ];

    [Fact]
    public void Random_damage_to_sample_entries_never_throws_and_every_refusal_has_an_error()
    {
        var samples = Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "papers"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        Assert.NotEmpty(samples);

        // Seeded, so a failure names an iteration that reproduces on every machine.
        var random = new Random(Seed);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Iterations; i++)
        {
            var bytes = Mutate(samples[random.Next(samples.Count)], random);
            var problem = Check(bytes);
            if (problem is not null && !failures.ContainsKey(problem))
            {
                failures[problem] = $"iteration {i}: {Show(bytes)}";
            }
        }

        Assert.True(failures.Count == 0,
            $"{failures.Count} kind(s) of failure (seed {Seed}):\n" + string.Join("\n\n", failures.Select(f => $"{f.Key}\n  first input: {f.Value}")));
    }

    [Fact]
    public void An_entry_with_a_900_kb_write_up_parses()
    {
        var body = new StringBuilder();
        while (body.Length < 900 * 1024)
        {
            body.Append("Self-propelled particles accumulate at walls, and the authors explain why in some detail.\n\n");
        }

        var text = EntryText.Entry("A long write-up") + body;
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.True(bytes.Length is > 900 * 1024 and < SourceDecoder.MaxFileBytes);

        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode("entry.md", bytes, bag);
        var paper = PaperParser.Parse(source!, EntryText.Rules, bag);

        Assert.Empty(bag.Items);
        Assert.NotNull(paper);
        Assert.True(paper.Body.Length > 900 * 1024);
        Assert.Equal(7, paper.BodyLine);
    }

    [Fact]
    public void A_2_mb_file_is_refused_with_PD0003_before_it_is_decoded()
    {
        var bytes = new byte[2 * 1024 * 1024];
        Array.Fill(bytes, (byte)'x');
        var bag = new DiagnosticBag();

        var source = SourceDecoder.Decode("entry.md", bytes, bag);

        Assert.Null(source);
        Assert.Equal(["entry.md:1:1: error PD0003: file is 2,097,152 bytes; an input file may be at most 1,048,576 bytes"], EntryText.Lines(bag));
    }

    [Fact]
    public void A_2_mb_file_on_disk_is_refused_without_reading_it()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.Combine("huge.md"), new byte[2 * 1024 * 1024]);
        var bag = new DiagnosticBag();

        var source = InputReader.Read(temp.Path, "huge.md", bag);

        Assert.Null(source);
        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read()
    {
        var header = Encoding.UTF8.GetBytes(EntryText.Entry("At the limit"));
        var bytes = new byte[SourceDecoder.MaxFileBytes];
        Array.Fill(bytes, (byte)'x');
        header.CopyTo(bytes, 0);
        var bag = new DiagnosticBag();

        var paper = PaperParser.Parse(SourceDecoder.Decode("entry.md", bytes, bag)!, EntryText.Rules, bag);

        Assert.Empty(bag.Items);
        Assert.NotNull(paper);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(5_000)]
    [InlineData(12_000)]
    public void Invalid_utf8_far_into_a_large_file_is_reported_at_its_line(int line)
    {
        var text = new StringBuilder(EntryText.Entry("Large"));
        var lines = 7;
        while (lines < line - 1)
        {
            text.Append("A line of the write-up, long enough to push the bad byte well past the first buffer.\n");
            lines++;
        }

        var bytes = Encoding.UTF8.GetBytes(text + "Bad: xx").Concat(new byte[] { 0xFF }).Concat("tail\n"u8.ToArray()).ToArray();
        var bag = new DiagnosticBag();

        Assert.Null(SourceDecoder.Decode("entry.md", bytes, bag));
        Assert.Equal([$"entry.md:{line}:8: error PD0002: file is not valid UTF-8; save it with UTF-8 encoding"], EntryText.Lines(bag));
    }

    [Fact]
    public void Nul_byte_is_reported_at_its_line_and_column()
    {
        var bag = new DiagnosticBag();

        Assert.Null(SourceDecoder.Decode("entry.md", "---\ntitle: a\0b\n---\n"u8, bag));
        Assert.Equal(["entry.md:2:9: error PD0004: file contains a NUL byte; it looks binary, not a UTF-8 text file"], EntryText.Lines(bag));
    }

    /// <summary>One of a few whole-entry shapes that stress the YAML reader, each of which must give a diagnostic, not an exception.</summary>
    [Theory]
    [InlineData("---\ntitle: x\ntags: [a, b\ndate: 2025-03-11\n---\n")]
    [InlineData("---\ntitle: x\nlinks: {pdf: a\ndate: 2025-03-11\n---\n")]
    [InlineData("---\n[\n---\n")]
    [InlineData("---\n{\n---\n")]
    [InlineData("---\n? \n---\n")]
    [InlineData("---\n!!binary x: y\n---\n")]
    [InlineData("---\n%YAML 1.2\n---\n")]
    [InlineData("---\n&a a: *a\n---\n")]
    [InlineData("---\n*a\n---\n")]
    [InlineData("---\n- - - - -\n---\n")]
    [InlineData("---\n:\n---\n")]
    [InlineData("---\n\"\\x\"\n---\n")]
    [InlineData("---\ntitle: |\n\tx\n---\n")]
    public void Hostile_front_matter_gives_diagnostics_not_exceptions(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Null(Check(bytes));
    }

    /// <summary>
    /// Diagnostics are one line each (CI annotators and the golden files depend on it) and go to terminals, so a
    /// message must show an editor's control characters escaped, never raw: a newline would forge a second
    /// diagnostic and an escape sequence would drive the terminal.
    /// </summary>
    [Theory]
    [InlineData("\"colo\\nur\": blue")]
    [InlineData("\"dup\\tkey\": 1\n\"dup\\tkey\": 2")]
    [InlineData("venue: x\n\"\\e[2Jwipe\": 1")]
    [InlineData("published: \"2023-09-10\\n::error::forged\"")]
    [InlineData("featured: \"yes\\e[31m\"")]
    public void Diagnostic_messages_never_contain_raw_control_characters(string extraLine)
    {
        var bag = new DiagnosticBag();
        PaperParser.Parse(EntryText.Source("entry.md", EntryText.Entry("Control", extraLine)), EntryText.Rules, bag);

        Assert.NotEmpty(bag.Items);
        Assert.All(bag.Items, d => Assert.False(d.Message.Any(char.IsControl), $"raw control character in: {d.Message}"));
    }

    [Theory]
    [InlineData("title: T\nbase_url: https://example.org/\npage_size: \"1\\n0\"\n")]
    [InlineData("title: T\nbase_url: https://example.org/\n\"time\\rzone\": UTC\n")]
    public void Site_config_messages_never_contain_raw_control_characters(string text)
    {
        var bag = new DiagnosticBag();
        SiteConfigParser.Parse(EntryText.Source("site.yml", text), bag);

        Assert.NotEmpty(bag.Items);
        Assert.All(bag.Items, d => Assert.False(d.Message.Any(char.IsControl), $"raw control character in: {d.Message}"));
    }

    /// <summary>Null when the bytes were handled correctly, else a short description of what went wrong.</summary>
    private static string? Check(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        object? result;
        try
        {
            var source = SourceDecoder.Decode("entry.md", bytes, bag);
            result = source is null ? null : PaperParser.Parse(source, EntryText.Rules, bag);
        }
        catch (Exception ex) // Any exception is the finding; the test reports it rather than crash.
        {
            var frame = ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
            return $"threw {ex.GetType().Name}: {ex.Message} {frame}";
        }

        if (result is null && !bag.HasErrors)
        {
            return "refused the entry without an error";
        }

        if (result is not null && bag.HasErrors)
        {
            return "accepted the entry despite an error: " + bag.Items.First(d => d.IsError).Code;
        }

        if (bag.Items.FirstOrDefault(d => d.Message.Any(char.IsControl)) is { } raw)
        {
            return $"{raw.Code} message quotes a control character unescaped";
        }

        var lineCount = bytes.Count(b => b == (byte)'\n') + bytes.Count(b => b == (byte)'\r') + 1;
        foreach (var diagnostic in bag.Items)
        {
            var location = diagnostic.Location;
            if (location.Path != "entry.md" || location.Line < 1 || location.Line > lineCount || location.Column < 1)
            {
                return $"{diagnostic.Code} points outside the file ({location.Line}:{location.Column} in {lineCount} lines)";
            }
        }

        if (result is Content.Paper paper && (!Identifiers.IsSlug(paper.Slug) || !paper.Aliases.All(Identifiers.IsAlias)))
        {
            return "accepted a slug or alias that is not a safe path";
        }

        return null;
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var operations = random.Next(1, 9);
        for (var i = 0; i < operations; i++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(9))
            {
                case 0 when bytes.Count > 0:
                    var length = Math.Min(random.Next(1, 12), bytes.Count - Math.Min(at, bytes.Count - 1));
                    bytes.RemoveRange(Math.Min(at, bytes.Count - 1), length);
                    break;
                case 1 or 2:
                    bytes.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 3 when bytes.Count > 0:
                    var start = Math.Min(at, bytes.Count - 1);
                    var count = Math.Min(random.Next(1, 40), bytes.Count - start);
                    bytes.InsertRange(start, bytes.GetRange(start, count));
                    break;
                case 4:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 5 or 6:
                    bytes = MutateLines(bytes, random);
                    break;
                case 7 when bytes.Count > 0:
                    bytes[Math.Min(at, bytes.Count - 1)] = (byte)random.Next(32, 127);
                    break;
                default:
                    if (random.Next(20) == 0)
                    {
                        bytes.RemoveRange(at, bytes.Count - at);
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    private static List<byte> MutateLines(List<byte> bytes, Random random)
    {
        var lines = SplitLines(bytes);
        if (lines.Count == 0)
        {
            return bytes;
        }

        var at = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[random.Next(lines.Count)]);
                break;
            case 2:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                break;
            default:
                lines.Insert(at, [.. "  "u8.ToArray().Take(random.Next(3)), .. Fragments[random.Next(Fragments.Length)]]);
                break;
        }

        return [.. lines.SelectMany(line => line.Append((byte)'\n'))];
    }

    private static List<byte[]> SplitLines(List<byte> bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Count; i++)
        {
            if (i == bytes.Count || bytes[i] == (byte)'\n')
            {
                if (i > start || i < bytes.Count)
                {
                    lines.Add([.. bytes.GetRange(start, i - start)]);
                }

                start = i + 1;
            }
        }

        return lines;
    }

    private static string Show(byte[] bytes)
    {
        var text = new StringBuilder();
        foreach (var b in bytes.Take(600))
        {
            text.Append(b switch
            {
                (byte)'\n' => "\\n",
                (byte)'\t' => "\\t",
                (byte)'\r' => "\\r",
                (byte)'\\' => "\\\\",
                >= 32 and < 127 => ((char)b).ToString(),
                _ => "\\x" + b.ToString("X2", CultureInfo.InvariantCulture),
            });
        }

        return bytes.Length > 600 ? text + "..." : text.ToString();
    }
}
