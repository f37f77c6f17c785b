using PaperDigest.Parsing;

namespace PaperDigest.Cli;

/// <summary>
/// The files <c>theme eject FILE...</c> names: a path inside the theme (<c>partials/card.sbn-html</c>), a file name
/// (<c>card.sbn-html</c>) or a name without its extension (<c>card</c>), when only one file answers to it.
/// Case does not matter: no two files of the built-in theme differ only in case.
/// </summary>
internal static class ThemeFileNames
{
    /// <summary>The files named, each once, in the order first named; or the problems of the names that match no file or several.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Problems) Resolve(IEnumerable<string> names, IReadOnlyCollection<string> files)
    {
        var chosen = new List<string>();
        var problems = new List<string>();
        foreach (var name in names)
        {
            var path = name.Replace('\\', '/');
            var matches = Matches(path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path, files);
            if (matches.Count == 1)
            {
                if (!chosen.Contains(matches[0]))
                {
                    chosen.Add(matches[0]);
                }
            }
            else if (matches.Count > 1)
            {
                problems.Add($"'{name}' could be any of {string.Join(", ", matches)}; name one by its path");
            }
            else
            {
                problems.Add($"the built-in theme has no file '{name}'{Suggestions.Hint(name, Candidates(files))}");
            }
        }

        return problems.Count > 0 ? ([], problems) : (chosen, []);
    }

    private static List<string> Matches(string name, IReadOnlyCollection<string> files)
    {
        var byPath = files.Where(f => f.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byPath.Count > 0)
        {
            return byPath;
        }

        var byName = files.Where(f => Path.GetFileName(f).Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        return byName.Count > 0 ? byName : [.. files.Where(f => Stem(f).Equals(name, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>What a name may be compared with for "did you mean": each file's path, name and name without extension.</summary>
    private static IEnumerable<string> Candidates(IEnumerable<string> files) =>
        files.SelectMany(f => new[] { f, Path.GetFileName(f), Stem(f) }).Distinct(StringComparer.Ordinal);

    /// <summary><c>card</c> for <c>partials/card.sbn-html</c>, <c>README</c> for <c>README.md</c>.</summary>
    private static string Stem(string file) => Path.GetFileNameWithoutExtension(file);
}
