using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// A digest whose every text field holds markup, ampersands, quotes, a right-to-left mark (U+200F), emoji and
/// "]]>", with write-ups that also hold a C0 control character (U+0001, which XML 1.0 forbids; the parser rejects
/// it in front matter but not in Markdown). Non-characters such as U+FFFE are tested on their own.
/// </summary>
internal static class HostileDigest
{
    public const string Nasty = "<script>alert(1)</script> & \"double\" 'single' \u200F rtl 🚀 ]]> end";

    public const string SiteTitle = "Hostile " + Nasty;

    public const string TagName = "Tag " + Nasty;

    public const string PaperTitle = "Paper " + Nasty;

    public static readonly IReadOnlyList<string> Authors = ["<script>alert(1)</script>", "O'Brien & \"Sons\"", "Zoë 🚀 \u200F"];

    /// <summary>Writes the digest into <paramref name="folder"/>: two papers, one with every optional text field, one without a tldr.</summary>
    public static string Create(string folder)
    {
        var site = $"""
            title: {Quote(SiteTitle)}
            description: {Quote("Description " + Nasty)}
            base_url: https://hostile.example.org
            language: en
            timezone: UTC

            """;
        var tags = $"""
            hostile:
              name: {Quote(TagName)}
              description: {Quote("About " + Nasty)}
            testing:
              name: Testing
              description: Plain.

            """;
        var body = "Write-up with ]]> inside, <script>alert(1)</script>, & ampersands, \"quotes\", \u0001 a control character, "
            + "\u200F a right-to-left mark and emoji 🚀.\n\n```\n]]> in code\n```\n\n<![CDATA[ raw ]]>\n";
        var full = $"""
            ---
            title: {Quote(PaperTitle)}
            authors: [{string.Join(", ", Authors.Select(Quote))}]
            date: 2025-01-02
            tags: [hostile, testing]
            venue: {Quote("Venue " + Nasty)}
            tldr: {Quote("Tldr " + Nasty)}
            slug: hostile-paper
            links:
              code: https://example.org/code?a=1&b=2
            ---
            {body}
            """;
        var bare = $"""
            ---
            title: {Quote("Second ]]> paper & co")}
            authors: [{Quote("A & B")}]
            date: 2025-01-01
            tags: [hostile]
            slug: second-paper
            ---
            ]]> \u0001 starts the write-up & <b>it</b> has no tldr.

            """;
        return TinyDigest.Create(folder, site, tags, ("2025/hostile.md", full), ("2025/second.md", bare));
    }

    /// <summary>A YAML single-quoted scalar: only the quote itself needs escaping, by doubling.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
