using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;
using SkiaSharp;

namespace PaperDigest.Tests.Figures;

/// <summary>
/// An entry's <c>figures</c>: what the parser accepts, and every bad figure an editor can give (no alt text, a path
/// out of the figure folder, a missing file, a file that is not an image, cut short, damaged, or too large) reported
/// with the entry's line and the image's path, in <c>check</c> and in a build, which then writes nothing.
/// </summary>
public sealed class FigureValidationTests
{
    private const string Figure = "figures:\n  - file: overview.png\n    alt: \"A box.\"\n";

    private static (Paper? Paper, List<Diagnostic> Diagnostics) Parse(string figures)
    {
        var text = "---\ntitle: \"A paper\"\nauthors: [Ada Lovelace]\ndate: 2025-03-11\ntags: [testing]\n" + figures + "---\nBody.\n";
        var bag = new DiagnosticBag();
        var source = SourceDecoder.Decode(PaperDigest.Diagnostics.SourcePath.InInput("input", "papers/2025/a.md"), System.Text.Encoding.UTF8.GetBytes(text), bag)!;
        var paper = PaperParser.Parse(source, new EntryRules(new TagRegistry([new Tag("testing", "Testing", "")]), new DateOnly(2026, 1, 1), AllowFuture: false), bag);
        return (paper, [.. bag.Items]);
    }

    [Fact]
    public void Figures_are_read_with_their_alt_text_caption_and_line()
    {
        var (paper, diagnostics) = Parse("figures:\n  - file: overview.png\n    alt: \"A diagram.\"\n    caption: \"The method.\"\n  - { file: Plot-2.JPG, alt: A plot. }\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["overview.png", "Plot-2.JPG"], paper!.Figures.Select(f => f.File));
        Assert.Equal(["A diagram.", "A plot."], paper.Figures.Select(f => f.Alt));
        Assert.Equal(["The method.", null], paper.Figures.Select(f => f.Caption));
        Assert.Equal(7, paper.Figures[0].Location.Line);
        Assert.Equal("papers/2025/a", Content.Figure.FolderOf("papers/2025/a.md"));
    }

    [Theory]
    [InlineData("figures:\n  - file: overview.png\n", "PD0131", 7, "no 'alt'")]
    [InlineData("figures:\n  - file: overview.png\n    alt: \"\"\n", "PD0106", 8, "empty")]
    [InlineData("figures:\n  - file: ../../secret.png\n    alt: A.\n", "PD0132", 7, "plain file name")]
    [InlineData("figures:\n  - file: sub/overview.png\n    alt: A.\n", "PD0132", 7, "no folders")]
    [InlineData("figures:\n  - file: /etc/passwd\n    alt: A.\n", "PD0132", 7, "figure folder papers/2025/a/")]
    [InlineData("figures:\n  - file: overview.svg\n    alt: A.\n", "PD0132", 7, ".png, .jpg")]
    [InlineData("figures:\n  - file: overview.png\n    alt: A.\n    size: big\n", "PD0100", 9, "unknown key 'size'")]
    [InlineData("figures:\n  - overview.png\n", "PD0130", 7, "must be a mapping")]
    [InlineData("figures: overview.png\n", "PD0102", 6, "must be a list")]
    [InlineData("figures:\n  - { file: a.png, alt: A. }\n  - { file: a.png, alt: B. }\n", "PD0136", 8, "listed twice")]
    public void A_bad_figure_is_an_error_at_its_line(string figures, string code, int line, string message)
    {
        var (paper, diagnostics) = Parse(figures);

        Assert.Null(paper);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal(line, error.Location.Line);
        Assert.Equal("input/papers/2025/a.md", error.Location.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_names_at_most_twelve_figures()
    {
        var many = "figures:\n" + string.Concat(Enumerable.Range(1, 13).Select(i => $"  - {{ file: f{i}.png, alt: A. }}\n"));
        var (paper, diagnostics) = Parse(many);

        Assert.Null(paper);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.InvalidFigure && d.Message.Contains("at most 12", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "missing", DiagnosticCodes.FigureMissing, "does not exist" },
        { "text", DiagnosticCodes.FigureUnreadable, "is not an image" },
        { "truncated", DiagnosticCodes.FigureUnreadable, "cut short" },
        { "corrupt", DiagnosticCodes.FigureUnreadable, "overview.png" },
        { "huge", DiagnosticCodes.FigureTooLarge, "100,000×100,000 pixels" },
        { "bomb", DiagnosticCodes.FigureTooLarge, "10,000×10,000 pixels" },
        { "tiff", DiagnosticCodes.FigureUnreadable, "is not an image" },
    };

    /// <summary>The bytes of each kind of bad file, made here: none is committed.</summary>
    private static byte[]? Bytes(string kind)
    {
        var valid = FigureDigest.Image(400, 300);
        return kind switch
        {
            "missing" => null,
            "text" => "this is not a PNG, whatever its name says\n"u8.ToArray(),
            "truncated" => valid[..(valid.Length / 2)],
            // The image data of the first IDAT chunk overwritten: the header reads, the pixels do not.
            "corrupt" => Corrupt(valid),
            "huge" => FigureDigest.ClaimedPng(100_000, 100_000),
            // Within the side limit but 100 million pixels: 400 MB to decode, from a file of a few dozen bytes.
            "bomb" => FigureDigest.ClaimedPng(10_000, 10_000),
            "tiff" => [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static byte[] Corrupt(byte[] png)
    {
        var bytes = png.ToArray();
        var idat = System.Text.Encoding.ASCII.GetString(bytes).IndexOf("IDAT", StringComparison.Ordinal);
        for (var i = idat + 4; i < idat + 4 + 64 && i < bytes.Length - 12; i++)
        {
            bytes[i] = 0xFF;
        }

        return bytes;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Check_reports_a_bad_figure_file_at_the_entry_line_naming_the_file(string kind, string code, string message)
    {
        using var temp = new TempFolder();
        var digest = new FigureDigest(temp, Figure);
        if (Bytes(kind) is { } bytes)
        {
            digest.With("overview.png", bytes);
        }

        var error = Assert.Single(digest.Check(), d => d.IsError);

        Assert.Equal(code, error.Code);
        Assert.EndsWith(FigureDigest.Entry, error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(7, error.Location.Line);
        Assert.Contains("papers/2025/a-paper/overview.png", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_build_with_a_bad_figure_file_fails_and_writes_nothing(string kind, string code, string message)
    {
        using var temp = new TempFolder();
        var digest = new FigureDigest(temp, Figure);
        if (Bytes(kind) is { } bytes)
        {
            digest.With("overview.png", bytes);
        }

        var result = digest.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal(7, error.Location.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(digest.Output), "a failed build leaves no site");
    }

    [Fact]
    public void A_figure_too_large_in_bytes_is_refused_before_it_is_read()
    {
        using var temp = new TempFolder();
        var digest = new FigureDigest(temp, Figure).With("overview.png", FigureDigest.Image(40, 30));
        using (var file = File.OpenWrite(Path.Combine(digest.Folder, "overview.png")))
        {
            file.SetLength(PaperDigest.Figures.FigureLimits.MaxBytes + 1);
        }

        var error = Assert.Single(digest.Check(), d => d.IsError);

        Assert.Equal(DiagnosticCodes.FigureTooLarge, error.Code);
        Assert.Contains("20,971,521 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_that_is_a_link_out_of_the_input_is_refused()
    {
        using var temp = new TempFolder();
        var outside = temp.Combine("outside.png");
        File.WriteAllBytes(outside, FigureDigest.Image(40, 30));
        var digest = new FigureDigest(temp, Figure);
        Directory.CreateDirectory(digest.Folder);
        File.CreateSymbolicLink(Path.Combine(digest.Folder, "overview.png"), outside);

        var errors = digest.Check().Where(d => d.IsError).ToList();

        Assert.Contains(errors, d => d.Code == DiagnosticCodes.FigureMissing && d.Location.Line == 7 && d.Message.Contains("is a link", StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_figure_of_another_format_than_its_name_is_still_read_by_its_content()
    {
        using var temp = new TempFolder();
        var digest = new FigureDigest(temp, Figure).With("overview.png", FigureDigest.Image(400, 300, SKEncodedImageFormat.Jpeg));

        Assert.DoesNotContain(digest.Check(), d => d.IsError);
    }
}
