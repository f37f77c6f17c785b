using System.Collections.Immutable;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;
using PaperDigest.Reading;

namespace PaperDigest.Scaffolding;

/// <summary>
/// Decides what <c>new</c> and <c>import</c> write: the entry's text and path, unless the digest already has the
/// paper. The text is parsed back as the build would parse it, so a file that is written is a file that builds.
/// </summary>
internal static class EntryPlanner
{
    public static EntryPlan Plan(NewEntry entry, DigestSnapshot snapshot, KnownPapers known)
    {
        var relative = entry.RelativePath;
        var display = InputReader.DisplayPath(snapshot.InputRoot, relative);
        var text = EntryWriter.Write(entry);
        return new EntryPlan(entry, relative, display, text, known.Find(entry), Check(text, relative, snapshot));
    }

    /// <summary>The errors the build would report for the text; the date may be in the future (that is the editor's call).</summary>
    public static ImmutableArray<string> Check(string text, string relativePath, DigestSnapshot snapshot)
    {
        var diagnostics = new DiagnosticBag();
        var rules = new EntryRules(snapshot.Tags, DateOnly.MaxValue, AllowFuture: true);
        var paper = PaperParser.Parse(new SourceFile(SourcePath.InInput(snapshot.InputRoot, relativePath), text), rules, diagnostics);
        var errors = diagnostics.Items.Where(d => d.IsError).Select(d => d.Message).ToImmutableArray();
        return paper is null && errors.IsEmpty ? ["the entry could not be read back"] : errors;
    }
}
