using System.Collections.Concurrent;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.Building;

/// <summary>
/// <c>site.yml</c> and <c>tags.yml</c> as last parsed, with the diagnostics parsing gave, each parsed again only when
/// its text is not what it was: a build reads site.yml twice (ahead of the entries, then with them), and the builds
/// of a long-lived session keep one of these between them. Safe to use from many threads.
/// </summary>
internal sealed class ParsedConfigs
{
    private readonly ConcurrentDictionary<string, (SourceFile Source, object? Parsed, IReadOnlyList<Diagnostic> Diagnostics)> parsed = new(StringComparer.Ordinal);

    /// <summary>What <paramref name="parse"/> makes of <paramref name="source"/>, its diagnostics added to <paramref name="diagnostics"/>.</summary>
    public T? Parse<T>(SourceFile source, Func<SourceFile, DiagnosticBag, T?> parse, DiagnosticBag diagnostics)
        where T : class
    {
        if (!parsed.TryGetValue(source.RelativePath, out var last) || last.Source != source || last.Parsed is not (T or null))
        {
            var bag = new DiagnosticBag();
            last = (source, parse(source, bag), bag.Items);
            parsed[source.RelativePath] = last;
        }

        diagnostics.AddRange(last.Diagnostics);
        return (T?)last.Parsed;
    }
}
