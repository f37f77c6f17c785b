using System.Text.RegularExpressions;

namespace PaperDigest.Theming;

/// <summary>
/// Points a style sheet's <c>url(…)</c> references to other assets (a font beside <c>math.css</c>) at their
/// fingerprinted names, so a changed font gets a new URL as a changed style sheet does. Only relative references to
/// an asset the theme has are changed; absolute, root, <c>data:</c> and fragment URLs stay as written.
/// </summary>
internal static partial class CssAssetUrls
{
    /// <summary>The style sheet at <paramref name="cssPath"/> (inside <c>assets/</c>) with its asset references fingerprinted.</summary>
    /// <param name="fingerprinted">The fingerprinted path of an asset path inside <c>assets/</c>, or null.</param>
    public static string Rewrite(string css, string cssPath, Func<string, string?> fingerprinted)
    {
        var folder = cssPath.Contains('/', StringComparison.Ordinal) ? cssPath[..(cssPath.LastIndexOf('/') + 1)] : "";
        return UrlPattern().Replace(css, match =>
        {
            var url = match.Groups["url"].Value;
            if (url.Length == 0 || url.StartsWith('/') || url.StartsWith('#') || url.Contains(':', StringComparison.Ordinal)
                || url.Contains('?', StringComparison.Ordinal) || url.Contains('\\', StringComparison.Ordinal))
            {
                return match.Value;
            }

            var target = Resolve(folder, url);
            if (target is null || fingerprinted(target) is not { } renamed)
            {
                return match.Value;
            }

            // Fingerprinting renames the file only, so the reference keeps its folders and takes the new file name.
            var fileName = renamed[(renamed.LastIndexOf('/') + 1)..];
            var kept = url[..(url.LastIndexOf('/') + 1)];
            var quote = match.Groups["quote"].Value;
            return $"url({quote}{kept}{fileName}{quote})";
        });
    }

    /// <summary>The asset path <paramref name="url"/> names from a style sheet in <paramref name="folder"/>, or null outside <c>assets/</c>.</summary>
    private static string? Resolve(string folder, string url)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in url.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex("""url\(\s*(?<quote>["']?)(?<url>[^"')\s]*)\k<quote>\s*\)""", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
