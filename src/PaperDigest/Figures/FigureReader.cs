using System.Collections.Immutable;
using System.Globalization;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Reading;

namespace PaperDigest.Figures;

/// <summary>
/// Finds each entry's figures in its figure folder, as the input scan admitted them, and reads each file's header:
/// a missing file, a file that is not an image, or one too large in bytes or dimensions is an error naming the entry's
/// line and the file. The dimensions are checked before any pixel is decoded. <c>check</c> also decodes every image,
/// so a truncated or damaged file is found without a build; a build decodes only what it makes derivatives of.
/// </summary>
internal static class FigureReader
{
    /// <returns>Each paper's figures that could be read, by the paper's path inside the input folder; papers without figures are left out.</returns>
    public static IReadOnlyDictionary<string, ImmutableArray<FigureImage>> Read(InputTree tree, IReadOnlyList<Paper> papers, DiagnosticBag diagnostics, bool decode)
    {
        var withFigures = papers.Where(p => !p.Figures.IsEmpty).ToList();
        if (withFigures.Count == 0)
        {
            return ImmutableDictionary<string, ImmutableArray<FigureImage>>.Empty;
        }

        var files = tree.Files.ToHashSet(StringComparer.Ordinal);
        var results = new ImmutableArray<FigureImage>[withFigures.Count];
        var bags = new DiagnosticBag[withFigures.Count];
        Parallel.For(0, withFigures.Count, i =>
        {
            var bag = bags[i] = new DiagnosticBag();
            var paper = withFigures[i];
            var entry = paper.SourcePath.Path;
            var images = ImmutableArray.CreateBuilder<FigureImage>();
            foreach (var figure in paper.Figures)
            {
                if (ReadOne(tree, files, Figure.FolderOf(entry) + "/" + figure.File, figure, bag, decode) is { } image)
                {
                    images.Add(image);
                }
            }

            results[i] = images.ToImmutable();
        });

        var read = ImmutableDictionary.CreateBuilder<string, ImmutableArray<FigureImage>>(StringComparer.Ordinal);
        for (var i = 0; i < withFigures.Count; i++)
        {
            diagnostics.AddRange(bags[i].Items);
            read[withFigures[i].SourcePath.Path] = results[i];
        }

        return read.ToImmutable();
    }

    private static FigureImage? ReadOne(InputTree tree, HashSet<string> files, string source, Figure figure, DiagnosticBag diagnostics, bool decode)
    {
        var shown = InputReader.DisplayPath(tree.Root, source);
        if (!files.Contains(source))
        {
            var refused = tree.Problems.Any(p => p.Location.Path == shown);
            diagnostics.Error(figure.Location, DiagnosticCodes.FigureMissing, refused
                ? $"figure file {shown} is not read: it is a link or not a regular file (see its own message); put the image itself there"
                : $"figure file {shown} does not exist; figures go in the entry's figure folder, beside the entry and named after it");
            return null;
        }

        var length = new FileInfo(Path.Combine(tree.Root, source)).Length;
        if (length > FigureLimits.MaxBytes)
        {
            diagnostics.Error(figure.Location, DiagnosticCodes.FigureTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"figure file {shown} is {length:N0} bytes; a figure may be at most {FigureLimits.MaxBytes:N0} bytes: scale it down or compress it"));
            return null;
        }

        var problems = new DiagnosticBag();
        var bytes = InputGate.ReadBytes(tree.Root, source, FigureLimits.MaxBytes, problems);
        if (bytes is null)
        {
            diagnostics.Error(figure.Location, DiagnosticCodes.FigureUnreadable, $"figure file {shown} cannot be read: {(problems.Items.Count > 0 ? problems.Items[0].Message : "unknown reason")}");
            return null;
        }

        if (FigureCodec.Probe(bytes, out var problem) is not { } header)
        {
            diagnostics.Error(figure.Location, DiagnosticCodes.FigureUnreadable, $"figure file {shown} {problem}");
            return null;
        }

        if (TooLarge(header.Width, header.Height) is { } why)
        {
            diagnostics.Error(figure.Location, DiagnosticCodes.FigureTooLarge, $"figure file {shown} {why}");
            return null;
        }

        if (decode)
        {
            using var bitmap = FigureCodec.Decode(bytes, out problem);
            if (bitmap is null)
            {
                diagnostics.Error(figure.Location, DiagnosticCodes.FigureUnreadable, $"figure file {shown} {problem}");
                return null;
            }
        }

        return new FigureImage(figure, SourcePath.InInput(tree.Root, source), Fingerprint.Of(bytes), header.Width, header.Height, header.Format);
    }

    /// <summary>Why an image of these dimensions is refused, or null.</summary>
    public static string? TooLarge(int width, int height) =>
        width > FigureLimits.MaxSide || height > FigureLimits.MaxSide || (long)width * height > FigureLimits.MaxPixels
            ? string.Create(CultureInfo.InvariantCulture,
                $"is {width:N0}×{height:N0} pixels; a figure may be at most {FigureLimits.MaxSide:N0} pixels a side and {FigureLimits.MaxPixels / 1_000_000} million pixels in all: scale it down")
            : null;
}
