using System.Text;

namespace PaperDigest.Tests.Cli;

/// <summary>The bytes of entry files that are wrong in ten different ways, each one a mistake editors (or attackers) make.</summary>
internal static class MalformedEntries
{
    /// <summary>Four valid front matter lines (file lines 2 to 5).</summary>
    private const string Valid = "title: \"A broken entry\"\nauthors: [Ada Lovelace]\ndate: 2025-01-02\ntags: [diffusion-models]\n";

    public static byte[] Bytes(string name) => name switch
    {
        "unclosed-front-matter" => Utf8("---\n" + Valid + "\nThe write-up starts, but the front matter was never closed.\n"),
        "no-front-matter" => Utf8("title: Forgot the fences\n\nJust a write-up.\n"),
        "yaml-syntax-error" => Utf8("---\ntitle: Broken: entry: here\nauthors: [Ada Lovelace]\ndate: 2025-01-02\ntags: [diffusion-models]\n---\nText.\n"),
        "alias-bomb" => Utf8("---\n" + Valid
            + "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nBoom.\n"),
        "deep-nesting" => Utf8("---\n" + Valid + "links: " + new string('[', 200) + new string(']', 200) + "\n---\nDeep.\n"),
        "binary-file" => [.. Utf8("---\n"), 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0x00],
        "invalid-utf8" => [.. Utf8("---\ntitle: \"Caf"), 0xC3, 0x28, .. Utf8("\"\nauthors: [Ada Lovelace]\ndate: 2025-01-02\ntags: [diffusion-models]\n---\nText.\n")],
        "wrong-type" => Utf8("---\ntitle: \"Wrong type\"\nauthors: Ada Lovelace\ndate: 2025-01-02\ntags: [diffusion-models]\n---\nText.\n"),
        "non-http-link" => Utf8("---\n" + Valid + "links:\n  code: javascript:alert(1)\n---\nText.\n"),
        "duplicate-arxiv-id" => Utf8("---\n" + Valid + "arxiv: \"2309.05153v2\"\nslug: a-broken-entry\n---\nThe same paper as 2309.05153.md, another version.\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such malformed entry"),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
