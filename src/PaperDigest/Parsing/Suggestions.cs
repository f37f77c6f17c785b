namespace PaperDigest.Parsing;

/// <summary>"Did you mean" for misspelt keys and tags: the closest candidate by edit distance, if close enough.</summary>
internal static class Suggestions
{
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var list = candidates as IReadOnlyCollection<string> ?? candidates.ToList();
        if (input.Length >= 3)
        {
            // A key cut short ("pub", "feat") most likely means the one it begins.
            var prefixed = list
                .Where(c => c.Length > input.Length && c.StartsWith(input, StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.Length)
                .ThenBy(c => c, StringComparer.Ordinal)
                .FirstOrDefault();
            if (prefixed is not null)
            {
                return prefixed;
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in list)
        {
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (best is null)
        {
            return null;
        }

        var allowed = Math.Max(2, Math.Min(input.Length, best.Length) / 3);
        var isPrefix = input.Length >= 3 && best.StartsWith(input, StringComparison.OrdinalIgnoreCase);
        return bestDistance <= allowed || isPrefix ? best : ClosestByLeadingWords(input, list);
    }

    /// <summary>
    /// A kebab-case candidate whose leading words are close to the input: "difusion" is one letter from
    /// "diffusion", as in <c>diffusion-models</c>.
    /// </summary>
    private static string? ClosestByLeadingWords(string input, IReadOnlyCollection<string> candidates)
    {
        var allowed = Math.Max(1, input.Length / 4);
        var lower = input.ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Distance: LeadingWords(c).Select(p => Distance(lower, p.ToLowerInvariant())).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary><c>diffusion</c> for <c>diffusion-models</c>; <c>a</c> and <c>a-b</c> for <c>a-b-c</c>.</summary>
    private static IEnumerable<string> LeadingWords(string candidate)
    {
        for (var i = candidate.IndexOf('-', StringComparison.Ordinal); i > 0; i = candidate.IndexOf('-', i + 1))
        {
            yield return candidate[..i];
        }
    }

    /// <summary>" (did you mean 'x'?)" or nothing.</summary>
    public static string Hint(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } match ? $" (did you mean '{match}'?)" : "";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200)
        {
            return Math.Max(a.Length, b.Length);
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
