using System.Collections.Immutable;
using System.CommandLine;
using PaperDigest.Diagnostics;
using PaperDigest.Scaffolding;

namespace PaperDigest.Cli;

/// <summary>
/// <c>paperdigest import FILE [--tags a,b] [--date YYYY-MM-DD]</c>: writes a draft entry for every paper of a saved
/// BibTeX file or arXiv API (Atom) response, skipping papers the digest already has. No network: it reads the file only.
/// Each entry's tags are <c>--tags</c>, then the tags its BibTeX keywords name, then those its arXiv categories stand
/// for in tags.yml (see <see cref="SuggestedTags"/>); keywords that are no tag are reported, never made tags, and an
/// entry may be written with no tags (a draft may have none). A broken BibTeX entry is reported with its line and
/// column; the others are still imported, and the exit code is 1.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(Option<string> input)
    {
        var file = new Argument<string>("file") { Description = "A BibTeX file (.bib) or a saved arXiv API response (.atom, .xml)" };
        var tags = new Option<string?>("--tags")
        {
            Description = "Tags from tags.yml for every imported entry, separated by ','; optional: they come first, before the tags the file's keywords and arXiv categories name",
        };
        var date = new Option<string?>("--date") { Description = "The digest day of the imported entries, YYYY-MM-DD (default: today in site.yml's time zone)" };

        var command = new Command("import", "Write draft entries for the papers of a BibTeX file or an arXiv Atom export, tagged from their keywords and arXiv categories");
        command.Arguments.Add(file);
        command.Options.Add(tags);
        command.Options.Add(date);
        command.Options.Add(input);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(input)!, parse.GetValue(tags), parse.GetValue(date)));
        return command;
    }

    public static int Run(string file, string input, string? tagsText, string? dateText)
    {
        var problem = InputPaths.Problem(input, null, null);
        if (problem is not null)
        {
            Console.Error.WriteLine($"paperdigest: {problem}");
            return ExitCodes.Usage;
        }

        var bytes = ReadFile(file);
        if (bytes is null)
        {
            return ExitCodes.Usage;
        }

        var snapshot = NewCommand.LoadDigest(input);
        if (snapshot is null)
        {
            return ExitCodes.ContentErrors;
        }

        var (tags, tagProblems) = OptionValues.Tags(tagsText ?? "", snapshot.Tags);
        var (date, dateProblem) = dateText is null ? (snapshot.Today(DateTimeOffset.UtcNow), null) : OptionValues.Date(dateText, "--date");
        if (!tagProblems.IsEmpty || dateProblem is not null || date is null)
        {
            foreach (var message in dateProblem is null ? tagProblems : tagProblems.Add(dateProblem))
            {
                Console.Error.WriteLine($"paperdigest: {message}");
            }

            Console.Error.WriteLine("Nothing was written.");
            return ExitCodes.ContentErrors;
        }

        NewCommand.WarnIfFuture(date.Value, snapshot.Today(DateTimeOffset.UtcNow));
        var read = ImportReader.Read(file.Replace('\\', '/'), bytes);
        DiagnosticPrinter.Print(read.Diagnostics);
        var (written, skipped, failed, untagged) = Write(read.Papers, date.Value, tags, snapshot);
        var errors = read.ErrorCount + failed;
        Console.WriteLine(
            $"Imported {BuildCommand.Count(written, "paper")}, skipped {skipped} (already in the digest), {BuildCommand.Count(errors, "error")}");
        if (written > 0)
        {
            var tagsNote = untagged == 0 ? "" : $"; {(untagged == 1 ? "1 entry has" : $"{untagged} entries have")} no tags yet: add them from tags.yml before publishing";
            Console.WriteLine($"Next: replace each entry's placeholder summary (it starts with \"{EntryWriter.PlaceholderMarker}\") with your write-up; each entry is a draft until you remove its 'draft: true' line{tagsNote}.");
        }

        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    private static (int Written, int Skipped, int Failed, int Untagged) Write(ImmutableArray<ImportedPaper> papers, DateOnly date, ImmutableArray<string> tags, DigestSnapshot snapshot)
    {
        var known = snapshot.Papers;
        int written = 0, skipped = 0, failed = 0, untagged = 0;
        var suggestions = new List<(string Label, SuggestedTags Tags)>();
        foreach (var paper in papers)
        {
            var suggested = SuggestedTags.For(paper, tags, snapshot.Tags);
            var plan = EntryPlanner.Plan(paper.ToEntry(date, suggested.Tags), snapshot, known);
            // A paper without an arXiv id takes its slug from its title: the same slug is the same title, so the same paper.
            if (plan.Duplicate is { } duplicate && (duplicate.What != "slug" || paper.Arxiv is null))
            {
                var sameTitle = duplicate.What is "slug" or "title" ? " (same title)" : "";
                Console.WriteLine($"skipped {paper.Label}: already in the digest as {duplicate.Existing.DisplayPath}{sameTitle}");
                skipped++;
                continue;
            }

            List<Diagnostic> problems = plan.Duplicate is { } slug
                ? [Diagnostic.Error(paper.Location, ScaffoldingCodes.SlugTaken,
                    $"{paper.Label}: its slug '{slug.Value}' is taken by {slug.Existing.DisplayPath}; it was not imported (write it with 'paperdigest new' and a slug of its own)")]
                : [.. plan.Problems.Select(p => Diagnostic.Error(paper.Location, ScaffoldingCodes.EntryNotWritten, $"{paper.Label} would not be a valid entry: {p}"))];
            if (problems.Count == 0 && EntryFiles.Create(snapshot.InputRoot, plan) is { } writeProblem)
            {
                problems.Add(Diagnostic.Error(paper.Location, ScaffoldingCodes.EntryNotWritten, writeProblem));
            }

            if (problems.Count > 0)
            {
                DiagnosticPrinter.Print(problems);
                failed++;
                continue;
            }

            Console.WriteLine($"Wrote {plan.DisplayPath}");
            if (SuggestedTags.UnknownKeywordsWarning(paper, suggested) is { } warning)
            {
                DiagnosticPrinter.Print([warning]);
            }

            suggestions.Add((paper.Label, suggested));
            known = known.Add(plan.Known);
            written++;
            untagged += suggested.Tags.IsEmpty ? 1 : 0;
        }

        if (SuggestedTags.UnmappedCategoriesNote(suggestions) is { } note)
        {
            Console.Error.WriteLine($"paperdigest: {note}");
        }

        return (written, skipped, failed, untagged);
    }

    /// <summary>The file's bytes, or null after saying why it cannot be read (a usage error).</summary>
    private static byte[]? ReadFile(string file)
    {
        if (Directory.Exists(file))
        {
            Console.Error.WriteLine($"paperdigest: '{file}' is a folder; name a .bib or .atom file to import");
            return null;
        }

        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"paperdigest: cannot read '{file}': no such file");
            return null;
        }

        try
        {
            var length = new FileInfo(file).Length;
            if (length > ImportReader.MaxFileBytes)
            {
                Console.Error.WriteLine($"paperdigest: '{file}' is {length:N0} bytes; at most {ImportReader.MaxFileBytes:N0} can be imported at once");
                return null;
            }

            return File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"paperdigest: cannot read '{file}': {ex.Message}");
            return null;
        }
    }
}
