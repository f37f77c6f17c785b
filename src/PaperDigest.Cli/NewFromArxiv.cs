using System.Collections.Immutable;
using PaperDigest.Cli.Arxiv;
using PaperDigest.Parsing;
using PaperDigest.Scaffolding;

namespace PaperDigest.Cli;

/// <summary>
/// <c>paperdigest new ID-OR-URL...</c>: asks the arXiv API for the papers and writes one draft entry each, with
/// title, authors in order, first-version date, DOI and journal reference; never the abstract. Its tags are those of
/// <c>--tags</c>, then those its arXiv categories (primary first, then cross-lists) stand for in tags.yml's <c>arxiv</c>
/// lists; categories no tag lists are named on one note line. Every paper is
/// fetched, checked and planned before any file is written: one that cannot be added (unknown to arXiv, withdrawn,
/// already in the digest) means nothing is written.
/// </summary>
internal static class NewFromArxiv
{
    public static int Run(string input, IReadOnlyList<string> arguments, string? tagsText, string? dateText, string? apiOption)
    {
        var problem = InputPaths.Problem(input, null, null);
        if (problem is not null)
        {
            Console.Error.WriteLine($"paperdigest: {problem}");
            return ExitCodes.Usage;
        }

        var ids = new List<string>();
        foreach (var argument in arguments)
        {
            var (given, notAnId) = OptionValues.Arxiv(argument);
            if (given is null)
            {
                Console.Error.WriteLine($"paperdigest new: {notAnId} (or give its arxiv.org URL)");
                return ExitCodes.Usage;
            }

            // arXiv answers with the latest version, which the entry records; the request names the paper.
            var id = Identifiers.ArxivWithoutVersion(given);

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(ArxivApi.EndpointVariable);
        var endpointText = apiOption ?? (string.IsNullOrWhiteSpace(fromEnvironment) ? ArxivApi.DefaultEndpoint : fromEnvironment);
        var endpoint = PaperLinksText.HttpUrl(endpointText);
        if (endpoint is null)
        {
            var source = apiOption is null ? ArxivApi.EndpointVariable : "--arxiv-api";
            Console.Error.WriteLine($"paperdigest new: {source} '{endpointText}' is not an absolute http:// or https:// URL");
            return ExitCodes.Usage;
        }

        var snapshot = NewCommand.LoadDigest(input);
        if (snapshot is null)
        {
            return ExitCodes.ContentErrors;
        }

        var today = snapshot.Today(DateTimeOffset.UtcNow);
        var (tags, tagProblems) = OptionValues.Tags(tagsText ?? "", snapshot.Tags);
        var (date, dateProblem) = dateText is null ? (today, null) : OptionValues.Date(dateText, "--date");
        if (!tagProblems.IsEmpty || dateProblem is not null || date is null)
        {
            return NewCommand.Refuse(dateProblem is null ? tagProblems : tagProblems.Add(dateProblem));
        }

        // A paper already in the digest is refused before arXiv is asked, so a repeated command costs arXiv nothing.
        var already = ids
            .Select(id => snapshot.Papers.Find(id, id, null)?.Message)
            .OfType<string>()
            .ToImmutableArray();
        if (!already.IsEmpty)
        {
            return NewCommand.Refuse(already);
        }

        var answer = ArxivApi.Fetch(endpoint, ids, ArxivApi.Timeout());
        if (!answer.Problems.IsEmpty)
        {
            var offline = $"without the arXiv API, write the entry from the paper's details: paperdigest new --title \"...\" --arxiv {ids[0]} --authors \"...\" --tags ...; or import a saved API answer: paperdigest import saved.atom";
            return NewCommand.Refuse(answer.Unreachable ? answer.Problems.Add(offline) : answer.Problems);
        }

        var (plans, suggestions, problems) = Plan(ids, answer.Papers, date.Value, tags, snapshot);
        if (!problems.IsEmpty)
        {
            return NewCommand.Refuse(problems);
        }

        for (var written = 0; written < plans.Length; written++)
        {
            if (EntryFiles.Create(input, plans[written]) is { } writeProblem)
            {
                // The entries before it are on disk: say which, rather than "nothing was written".
                Console.Error.WriteLine($"paperdigest: {writeProblem}");
                Console.Error.WriteLine($"Wrote {written} of {plans.Length} entries; the others were not written.");
                return ExitCodes.ContentErrors;
            }

            Console.WriteLine($"Wrote {plans[written].DisplayPath}");
        }

        if (SuggestedTags.UnmappedCategoriesNote(suggestions) is { } note)
        {
            Console.Error.WriteLine($"paperdigest: {note}");
        }

        NewCommand.WarnIfFuture(date.Value, today);
        var tagsNote = plans.Any(p => p.Entry.Tags.IsEmpty) ? " and add its tags from tags.yml" : "";
        Console.WriteLine($"Next: replace the placeholder summary (it starts with \"{EntryWriter.PlaceholderMarker}\") with your write-up{tagsNote}; each entry is a draft until you remove its 'draft: true' line.");
        return ExitCodes.Success;
    }

    /// <summary>An entry for every id, in the order asked, or every reason one cannot be written.</summary>
    private static (ImmutableArray<EntryPlan> Plans, List<(string Label, SuggestedTags Tags)> Suggestions, ImmutableArray<string> Problems) Plan(
        List<string> ids, ImmutableArray<ImportedPaper> papers, DateOnly date, ImmutableArray<string> tags, DigestSnapshot snapshot)
    {
        var plans = ImmutableArray.CreateBuilder<EntryPlan>();
        var suggestions = new List<(string Label, SuggestedTags Tags)>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var known = snapshot.Papers;
        foreach (var id in ids)
        {
            var paper = papers.FirstOrDefault(p => p.Arxiv is not null && Identifiers.ArxivWithoutVersion(p.Arxiv) == id);
            if (paper is null)
            {
                problems.Add($"arXiv has no paper {id}: check the id");
                continue;
            }

            if (paper.Withdrawn)
            {
                problems.Add($"arXiv {id} has been withdrawn by its authors; it was not added");
                continue;
            }

            var suggested = SuggestedTags.For(paper, tags, snapshot.Tags);
            var plan = EntryPlanner.Plan(paper.ToEntry(date, suggested.Tags), snapshot, known);
            if (plan.Duplicate is { } duplicate)
            {
                problems.Add(duplicate.Message);
            }
            else if (!plan.IsReady)
            {
                problems.AddRange(plan.Problems.Select(p => $"arXiv {id} would not be a valid entry: {p}"));
            }
            else
            {
                plans.Add(plan);
                suggestions.Add((id, suggested));
                known = known.Add(plan.Known);
            }
        }

        return (plans.ToImmutable(), suggestions, problems.ToImmutable());
    }
}
