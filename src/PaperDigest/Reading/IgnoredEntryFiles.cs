using PaperDigest.Diagnostics;

namespace PaperDigest.Reading;

/// <summary>
/// Files that look like entries or pages but that the build does not read: another Markdown extension
/// (<c>.markdown</c>, <c>.mdx</c>...), spaces or dots after <c>.md</c>, or a folder spelt otherwise than
/// <c>papers/</c> and <c>pages/</c> (<c>Papers/</c>, <c>pages /</c>). Each is a warning, so nothing is skipped silently.
/// </summary>
internal static class IgnoredEntryFiles
{
    private static readonly string[] Folders = ["papers", "pages"];

    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mdtxt", ".mdtext", ".mdx", ".rmd", ".qmd",
    };

    public static IEnumerable<Diagnostic> Warnings(InputTree tree)
    {
        foreach (var file in tree.Files)
        {
            var slash = file.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                continue;
            }

            var top = file[..slash];
            var name = file[(file.LastIndexOf('/') + 1)..];
            var at = SourceLocation.StartOf(SourcePath.InInput(tree.Root, file));
            if (!Folders.Contains(top))
            {
                var meant = Folders.FirstOrDefault(f => f.Equals(top.Trim().TrimEnd('.').Trim(), StringComparison.OrdinalIgnoreCase));
                if (meant is not null && LooksLikeMarkdown(name))
                {
                    yield return Diagnostic.Warning(at, DiagnosticCodes.IgnoredInputFile,
                        $"is not read: the folder is '{top}/', and only '{meant}/' is (folder names are case-sensitive); move the file to '{meant}/'");
                }

                continue;
            }

            if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var trimmed = name.TrimEnd(' ', '.', '\t');
            if (trimmed.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                yield return Diagnostic.Warning(at, DiagnosticCodes.IgnoredInputFile,
                    $"is not read: its name has spaces or dots after '.md'; rename it to '{trimmed}'");
            }
            else if (MarkdownExtensions.Contains(Path.GetExtension(name)))
            {
                yield return Diagnostic.Warning(at, DiagnosticCodes.IgnoredInputFile,
                    $"is not read: only '.md' files in '{top}/' are read; rename it to '{Path.ChangeExtension(name, ".md")}'");
            }
        }
    }

    private static bool LooksLikeMarkdown(string name) =>
        name.TrimEnd(' ', '.', '\t').EndsWith(".md", StringComparison.OrdinalIgnoreCase) || MarkdownExtensions.Contains(Path.GetExtension(name));
}
