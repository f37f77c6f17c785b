namespace PaperDigest.Tests.Browser;

/// <summary>The rules of a Netlify <c>_headers</c> file: a path pattern (with <c>*</c>) line, then indented <c>Name: value</c> lines.</summary>
internal sealed class HeaderRules
{
    private readonly List<(string Pattern, List<(string Name, string Value)> Headers)> rules = [];

    public static HeaderRules Read(string path)
    {
        var result = new HeaderRules();
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                result.rules.Add((line.Trim(), []));
            }
            else if (result.rules.Count > 0 && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                result.rules[^1].Headers.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return result;
    }

    public IEnumerable<(string Name, string Value)> For(string requestPath) =>
        rules.Where(r => Matches(r.Pattern, requestPath)).SelectMany(r => r.Headers);

    private static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;
}
