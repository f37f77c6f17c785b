using System.Text;

namespace PaperDigest.Tests.Site;

/// <summary>Writes a small digest folder for tests that need inputs of their own.</summary>
internal static class TinyDigest
{
    public const string BaseUrl = "https://tiny.example.org";

    public const string SiteYml = $"""
        title: Tiny Digest
        description: A digest for tests.
        base_url: {BaseUrl}
        language: en
        timezone: UTC
        page_size: 10
        feed_items: 20
        editors: [Test Editor]

        """;

    public const string TagsYml = """
        testing:
          name: Testing
          description: Papers written for tests.
        other:
          name: Other
          description: Papers about something else.

        """;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes site.yml, tags.yml and the entries (paths under papers/) into <paramref name="folder"/>.</summary>
    public static string Create(string folder, string siteYml, string tagsYml, params (string Path, string Text)[] entries)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.yml"), siteYml, Utf8);
        File.WriteAllText(Path.Combine(folder, "tags.yml"), tagsYml, Utf8);
        foreach (var (path, text) in entries)
        {
            var file = Path.Combine(folder, "papers", path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text, Utf8);
        }

        return folder;
    }

    /// <summary>A valid entry; <paramref name="extra"/> adds front matter lines.</summary>
    public static string Entry(string title, string date, string body, string tags = "[testing]", string extra = "") =>
        $"---\ntitle: \"{title}\"\nauthors: [Ada Lovelace]\ndate: {date}\ntags: {tags}\n{extra}---\n{body}\n";
}
