using System.Globalization;
using System.Text;

namespace PaperDigest.Tests.Cli;

/// <summary>Hostile import files, made on the spot: each is small to write down and enormous (or endless) if read naively.</summary>
internal static class ImportBombs
{
    private const string Feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";

    /// <summary>The file's name (its extension says bib or atom) and its text.</summary>
    public static string Text(string name) => name switch
    {
        "macros-doubling.bib" => DoublingMacros(40),
        "macros-budget.bib" => "@string{big = {" + new string('x', 900_000) + "}}\n" + Lines(40, i => $"@misc{{k{i}, title = big}}"),
        "macros-self.bib" => "@string{a = a # a}\n@string{b = c}\n@string{c = b # b}\n@article{self, title = a # b # c}\n",
        "braces.bib" => "@article{deep,\n  title = {" + Repeat("{", 100_000) + "x" + Repeat("}", 100_000) + "}\n}\n",
        "accents.bib" => "@article{accents,\n  title = {" + Repeat(@"\'{", 100_000) + "e" + Repeat("}", 100_000) + "}\n}\n",
        "accent-chain.bib" => "@article{chain,\n  title = {" + Repeat(@"\'", 300_000) + "e}\n}\n",
        "huge-field.bib" => "@article{huge,\n  title = {" + new string('x', 2_000_000) + "}\n}\n",
        "entries.bib" => Lines(100_001, i => $"@misc{{k{i}, title = {{Paper {i}}}}}"),
        "authors.bib" => "@article{authors,\n  title = {Everyone},\n  author = {" + string.Join(" and ", Enumerable.Range(0, 100_000).Select(i => $"Author{i}, A.")) + "}\n}\n",
        "deep.atom" => Feed + "<entry><title>" + Repeat("<b>", 100_000) + "x" + Repeat("</b>", 100_000) + "</title></entry>\n</feed>\n",
        "laughs.atom" => "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\">"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{Repeat($"&{(char)('a' + i - 1)};", 10)}\">")) + "]>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&j;</title></entry></feed>\n",
        "external-entity.atom" => "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&secret;</title></entry></feed>\n",
        "entries.atom" => Feed + Lines(100_001, i => $"<entry><id>http://arxiv.org/abs/2501.{i:D5}v1</id><title>Paper {i}</title></entry>") + "</feed>\n",
        "declaration.atom" => "<?xml version=\"1.0" + Repeat("e\u0301", 1000) + "\" encoding=\"utf-8\"?>\n" + Feed[Feed.IndexOf('\n', StringComparison.Ordinal)..] + "</feed>\n",
        _ => throw new ArgumentException($"no bomb called {name}", nameof(name)),
    };

    /// <summary>Each @string doubles the one before: 2^41 characters if expanded.</summary>
    public static string DoublingMacros(int levels)
    {
        var bib = new StringBuilder("@string{a0 = \"xx\"}\n");
        for (var i = 1; i <= levels; i++)
        {
            bib.Append(CultureInfo.InvariantCulture, $"@string{{a{i} = a{i - 1} # a{i - 1}}}\n");
        }

        return bib.Append(CultureInfo.InvariantCulture, $"@article{{bomb, title = a{levels}}}\n").ToString();
    }

    private static string Lines(int count, Func<int, FormattableString> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(FormattableString.Invariant(line(i))).Append('\n');
        }

        return text.ToString();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
