using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.Yaml;

/// <summary>Splits <c>---</c> YAML <c>---</c> front matter from the Markdown body.</summary>
internal static class FrontMatterSplitter
{
    public static FrontMatter? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.Path), DiagnosticCodes.EmptyFile,
                "file is empty; an entry starts with '---', YAML front matter, '---', then the write-up");
            return null;
        }

        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.TrimEnd() != "---")
        {
            diagnostics.Error(SourceLocation.StartOf(file.Path), DiagnosticCodes.NoFrontMatter,
                "no front matter: the first line must be '---', followed by YAML keys and a closing '---'");
            return null;
        }

        var line = 2;
        var position = firstEnd + 1;
        while (firstEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = end < 0 ? text[position..] : text[position..end];
            var trimmed = current.TrimEnd();
            if (trimmed is "---" or "...")
            {
                var yaml = text[(firstEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        diagnostics.Error(SourceLocation.StartOf(file.Path), DiagnosticCodes.UnclosedFrontMatter,
            "front matter is not closed: add a line '---' after the last YAML key");
        return null;
    }
}
