using System.Text.RegularExpressions;

namespace PaperDigest.Theming.Publishing;

/// <summary>
/// The class names and ids the site's pages can have: every word of the theme's templates, partials and scripts (the
/// built-in theme with the digest's overrides), the classes the renderers write (<see cref="RendererClasses"/>), and
/// the beginnings of names a template or script completes from a value (<c>kind-{{ page.kind }}</c>, <c>'is-' + state</c>).
/// A word counts wherever it stands, even in a comment, so the purger errs on the side of keeping a rule.
/// </summary>
/// <param name="Words">Every word, in ordinal order, without repeats.</param>
/// <param name="Prefixes">Beginnings of names completed from values, in ordinal order.</param>
internal sealed partial record ThemeVocabulary(string[] Words, string[] Prefixes)
{
    /// <summary>Whether a page can have the class or id <paramref name="name"/>.</summary>
    public bool Has(string name) =>
        Array.BinarySearch(Words, name, StringComparer.Ordinal) >= 0
        || Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    /// <summary>
    /// The names of <paramref name="css"/> (every word after a <c>.</c> or <c>#</c>, so more than its classes and ids) that
    /// pages can have: all the purger asks of this stylesheet. A template that gains or loses a word the stylesheet does
    /// not use leaves it unchanged, so the stylesheet keeps its name and the pages that link it stay as they were.
    /// </summary>
    public ThemeVocabulary For(string css) => new(
        [.. Name().Matches(css).Select(m => m.Groups[1].Value).Where(Has).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], []);

    /// <summary>The vocabulary of these theme files (templates and scripts, by their text) and the renderers' classes.</summary>
    public static ThemeVocabulary Of(IEnumerable<string> templates, IEnumerable<string> scripts)
    {
        var words = new SortedSet<string>(RendererClasses.All.SelectMany(list => list), StringComparer.Ordinal);
        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in templates)
        {
            Collect(text, words);
            foreach (Match match in TemplatePrefix().Matches(text))
            {
                prefixes.Add(match.Groups[1].Value);
            }
        }

        foreach (var text in scripts)
        {
            Collect(text, words);
            foreach (Match match in ScriptPrefix().Matches(text))
            {
                prefixes.Add(match.Groups[1].Value);
            }
        }

        return new ThemeVocabulary([.. words], [.. prefixes]);
    }

    private static void Collect(string text, SortedSet<string> words)
    {
        foreach (Match match in Word().Matches(text))
        {
            words.Add(match.Value);
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9_\-\u0080-\uFFFF]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    [GeneratedRegex(@"[.#]([A-Za-z0-9_\-\u0080-\uFFFF]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Name();

    /// <summary>A name a template completes with a value: <c>kind-{{ page.kind }}</c>, not <c>card{{ if featured }}</c>.</summary>
    [GeneratedRegex(@"([A-Za-z0-9_\-\u0080-\uFFFF]+)\{\{[-~]?(?>\s*)(?!(?:if|else|end|for|while|case|when|with|capture)\b|#)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TemplatePrefix();

    /// <summary>A name a script completes with a value: <c>'is-' + state</c>, <c>`is-${state}`</c>.</summary>
    [GeneratedRegex(@"([A-Za-z0-9_\-\u0080-\uFFFF]+)(?:\$\{|['""`]\s*\+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScriptPrefix();
}
