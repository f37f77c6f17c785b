namespace PaperDigest.Tests.Incremental;

/// <summary>
/// An entry or a free page as an editor changes it: its front matter keys in their order, each with its lines (a
/// key's first line and the indented lines under it), and the Markdown after the front matter.
/// </summary>
internal sealed class FrontMatterFile
{
    private readonly List<(string Key, List<string> Lines)> keys;

    private FrontMatterFile(List<(string Key, List<string> Lines)> keys, string body)
    {
        this.keys = keys;
        Body = body;
    }

    public string Body { get; set; }

    public static FrontMatterFile Read(string path) => Parse(File.ReadAllText(path));

    public static FrontMatterFile Parse(string text)
    {
        var lines = text.Split('\n');
        Assert.Equal("---", lines[0]);
        var end = Array.IndexOf(lines, "---", 1);
        Assert.True(end > 0, "the file has no end of front matter");
        var keys = new List<(string Key, List<string> Lines)>();
        foreach (var line in lines[1..end])
        {
            if (line.StartsWith(' ') || line.StartsWith('-'))
            {
                keys[^1].Lines.Add(line);
            }
            else
            {
                keys.Add((line[..line.IndexOf(':', StringComparison.Ordinal)], [line]));
            }
        }

        return new FrontMatterFile(keys, string.Join('\n', lines[(end + 1)..]));
    }

    public bool Has(string key) => keys.Exists(k => k.Key == key);

    /// <summary>The text after <c>key:</c> on the key's own line (quotes kept), or null without the key.</summary>
    public string? Value(string key) =>
        keys.Find(k => k.Key == key).Lines is { } lines ? lines[0][(key.Length + 1)..].Trim() : null;

    /// <summary>The items of a list, written <c>[a, b]</c> or one <c>- item</c> a line; empty without the key.</summary>
    public List<string> Items(string key)
    {
        var lines = keys.Find(k => k.Key == key).Lines;
        if (lines is null)
        {
            return [];
        }

        var value = Value(key)!;
        return value.StartsWith('[')
            ? [.. value.Trim('[', ']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
            : [.. lines.Skip(1).Select(l => l.Trim().TrimStart('-').Trim())];
    }

    /// <summary>Sets a key to one line (or, with <paramref name="under"/>, to the indented lines under it), in its place or last.</summary>
    public void Set(string key, string value, params string[] under)
    {
        List<string> lines = [value.Length == 0 ? key + ":" : $"{key}: {value}", .. under.Select(l => "  " + l)];
        var at = keys.FindIndex(k => k.Key == key);
        if (at < 0)
        {
            keys.Add((key, lines));
        }
        else
        {
            keys[at] = (key, lines);
        }
    }

    /// <summary>Sets a list, on one line unless an item is a mapping (which has commas of its own).</summary>
    public void SetItems(string key, IReadOnlyList<string> items)
    {
        if (items.Any(i => i.StartsWith('{')))
        {
            Set(key, "", [.. items.Select(i => "- " + i)]);
        }
        else
        {
            Set(key, $"[{string.Join(", ", items)}]");
        }
    }

    public void Remove(string key) => keys.RemoveAll(k => k.Key == key);

    public override string ToString() =>
        string.Join('\n', ["---", .. keys.SelectMany(k => k.Lines), "---", Body]);
}
