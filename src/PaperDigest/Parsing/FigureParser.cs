using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Yaml;

namespace PaperDigest.Parsing;

/// <summary>
/// Reads an entry's <c>figures</c>: a list of mappings with <c>file</c> (a plain file name in the entry's figure
/// folder), <c>alt</c> (required) and <c>caption</c>. Whether the file exists and is an image is for
/// <see cref="Figures.FigureReader"/>, which reads it.
/// </summary>
internal static partial class FigureParser
{
    public static readonly IReadOnlyList<string> Keys = ["file", "alt", "caption"];

    /// <summary>The image types a figure may be, by file extension.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".png", ".jpg", ".jpeg", ".webp", ".gif"];

    public const int MaxFileNameLength = 100;
    public const int MaxAltLength = 1000;
    public const int MaxCaptionLength = 1000;

    public static ImmutableArray<Figure> Read(FieldReader fields, string entryRelativePath)
    {
        var node = fields.Value("figures");
        if (node is null or ScalarNode { IsNull: true })
        {
            return [];
        }

        if (node is not SequenceNode list)
        {
            fields.Error(node.Location, $"'figures' must be a list of figures, such as [{{ file: overview.png, alt: \"...\" }}], not {node.KindName}", DiagnosticCodes.WrongType);
            return [];
        }

        if (list.Items.Length > Figure.MaxPerEntry)
        {
            fields.Error(list.Items[Figure.MaxPerEntry].Location, $"an entry may name at most {Figure.MaxPerEntry} figures; this is figure {list.Items.Length}", DiagnosticCodes.InvalidFigure);
            return [];
        }

        var folder = Figure.FolderOf(entryRelativePath);
        var figures = ImmutableArray.CreateBuilder<Figure>();
        foreach (var item in list.Items)
        {
            if (item is not MappingNode mapping)
            {
                fields.Error(item.Location, $"each figure must be a mapping such as {{ file: overview.png, alt: \"What the image shows\" }}, not {item.KindName}", DiagnosticCodes.InvalidFigure);
                continue;
            }

            var figure = new FieldReader(mapping, fields.Diagnostics, DiagnosticCodes.InvalidFigure);
            figure.RejectUnknownKeys(Keys.ToHashSet(), "a figure (use file, alt and caption)");
            var file = figure.Text("file", required: true, maxLength: 1000);
            var alt = figure.Value("alt") is null or ScalarNode { IsNull: true } ? null : figure.Text("alt", maxLength: MaxAltLength);
            if (figure.Value("alt") is null or ScalarNode { IsNull: true })
            {
                fields.Error(mapping.Location,
                    $"figure '{FieldReader.Shorten(file ?? "?")}' has no 'alt': say in a sentence what the image shows, for readers who cannot see it",
                    DiagnosticCodes.FigureWithoutAlt);
            }

            var caption = figure.Text("caption", maxLength: MaxCaptionLength);
            if (file is null)
            {
                continue;
            }

            var at = figure.LocationOf("file");
            if (!IsFileName(file))
            {
                fields.Error(at,
                    $"figure file '{FieldReader.Shorten(file)}' must be a plain file name ({string.Join(", ", Extensions)}, at most {MaxFileNameLength} characters, no folders, no '..') of a file in the entry's figure folder {folder}/",
                    DiagnosticCodes.FigureOutsideFolder);
                continue;
            }

            if (figures.Any(f => string.Equals(f.File, file, StringComparison.Ordinal)))
            {
                fields.Error(at, $"figure '{file}' is listed twice", DiagnosticCodes.FigureRepeated);
                continue;
            }

            if (alt is not null)
            {
                figures.Add(new Figure(file, alt, caption, at));
            }
        }

        return figures.ToImmutable();
    }

    /// <summary>A name without folders that starts with a letter or digit and ends in an image extension.</summary>
    public static bool IsFileName(string file) => file.Length <= MaxFileNameLength && FileName().IsMatch(file);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.(png|jpe?g|webp|gif)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
