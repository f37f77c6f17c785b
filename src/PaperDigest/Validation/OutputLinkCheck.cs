using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using PaperDigest.Diagnostics;

namespace PaperDigest.Validation;

/// <summary>
/// <c>build --strict</c>: after the site is written (and before it replaces the output folder), every internal
/// link and image in every HTML page must lead to a file of the site, and every fragment to an id on that page.
/// </summary>
internal static partial class OutputLinkCheck
{
    [GeneratedRegex("\\s(?:href|src)=\"(?<url>[^\"]*)\"", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Link();

    [GeneratedRegex("\\sid=\"(?<id>[^\"]*)\"", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Anchor();

    /// <param name="root">The folder holding the written site.</param>
    /// <param name="displayRoot">How diagnostics name that folder (the output folder the site is about to become).</param>
    /// <param name="basePath">The site's base path, which every internal link starts with.</param>
    public static IReadOnlyList<Diagnostic> Check(string root, string displayRoot, string basePath)
    {
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var anchors = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var texts = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page =>
        {
            var html = File.ReadAllText(Path.Combine(root, page));
            texts[page] = html;
            anchors[page] = Anchor().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value)).ToHashSet(StringComparer.Ordinal);
        });

        var problems = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(pages, page =>
        {
            var html = texts[page];
            foreach (Match match in Link().Matches(html))
            {
                var url = WebUtility.HtmlDecode(match.Groups["url"].Value);
                var problem = Resolve(url, page, basePath, root, anchors);
                if (problem is not null)
                {
                    var line = html.AsSpan(0, match.Index).Count('\n') + 1;
                    var column = match.Index - html.LastIndexOf('\n', Math.Max(0, match.Index - 1));
                    problems.Add(Diagnostic.Error(new SourceLocation(SourcePath.Given($"{displayRoot.TrimEnd('/')}/{page}"), line, Math.Max(1, column)),
                        DiagnosticCodes.BrokenOutputLink, problem));
                }
            }
        });

        return DiagnosticOrder.Sort(problems);
    }

    /// <summary>Why <paramref name="url"/> on <paramref name="page"/> leads nowhere, or null when it resolves (or is external).</summary>
    private static string? Resolve(string url, string page, string basePath, string root, ConcurrentDictionary<string, HashSet<string>> anchors)
    {
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || IsExternal(url))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        path = query < 0 ? path : path[..query];

        string target;
        if (path.Length == 0)
        {
            target = page;
        }
        else if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return $"link to '{url}' is outside the site's base path {basePath}";
            }

            var file = Uri.UnescapeDataString(path[basePath.Length..]);
            target = file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
            if (!File.Exists(Path.Combine(root, target)) && File.Exists(Path.Combine(root, target, "index.html")))
            {
                target += "/index.html";
            }
        }
        else
        {
            // Relative links are resolved against the page's folder.
            var folder = Path.GetDirectoryName(page)?.Replace('\\', '/') ?? "";
            var combined = Path.GetFullPath(Path.Combine(root, folder, Uri.UnescapeDataString(path)));
            target = Path.GetRelativePath(root, combined).Replace('\\', '/');
            if (Directory.Exists(combined))
            {
                target += "/index.html";
            }
        }

        if (target.StartsWith("..", StringComparison.Ordinal) || !File.Exists(Path.Combine(root, target)))
        {
            return $"link to '{url}' leads to no file of the site";
        }

        if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal)
            && anchors.TryGetValue(target, out var ids) && !ids.Contains(fragment))
        {
            return $"link to '{url}' names '#{fragment}', which is no id on that page";
        }

        return null;
    }

    private static bool IsExternal(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
