using System.Text.RegularExpressions;
using PaperDigest.Diagnostics;
using Scriban.Syntax;

namespace PaperDigest.Theming;

/// <summary>
/// The site's content security policy (<c>_headers</c>) allows scripts and styles only from the site's own files.
/// A template's literal HTML that adds an inline script, a <c>&lt;style&gt;</c> element, a <c>style</c> attribute or
/// an event handler attribute would be blocked in the browser, so each is a warning naming the file and line.
/// JSON-LD (<c>type="application/ld+json"</c>) is data, not script, and is allowed.
/// </summary>
internal static partial class ContentPolicyCheck
{
    [GeneratedRegex(@"<script\b(?![^>]*\bsrc\s*=)(?![^>]*application/ld\+json)[^>]*>|<style\b|\sstyle\s*=|\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Blocked();

    private static IEnumerable<ScriptNode> Descendants(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>([root]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            foreach (var child in node.Children)
            {
                pending.Push(child);
            }
        }
    }

    public static void Check(ParsedTemplate template, DiagnosticBag diagnostics)
    {
        foreach (var raw in Descendants(template.Template.Page!).OfType<ScriptRawStatement>())
        {
            var text = raw.Text.ToString();
            foreach (Match match in Blocked().Matches(text))
            {
                var before = text.AsSpan(0, match.Index);
                var line = raw.Span.Start.Line + before.Count('\n') + 1;
                var column = before.LastIndexOf('\n') is var nl and >= 0 ? match.Index - nl : raw.Span.Start.Column + match.Index + 1;
                diagnostics.Warning(new SourceLocation(template.Display, line, column), DiagnosticCodes.TemplateBlockedByPolicy,
                    $"'{match.Value.Trim()}': the site's content security policy blocks inline scripts, styles and event handlers; put them in a file under assets/");
            }
        }
    }
}
