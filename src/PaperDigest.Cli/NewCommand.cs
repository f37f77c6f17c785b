using System.CommandLine;
using System.Globalization;
using PaperDigest.Cli.Arxiv;
using PaperDigest.Diagnostics;
using PaperDigest.Scaffolding;

namespace PaperDigest.Cli;

/// <summary>
/// <c>paperdigest new ID-OR-URL... [--tags a,b] [--date YYYY-MM-DD] [--arxiv-api URL]</c> fetches the papers from the
/// arXiv API (see <see cref="NewFromArxiv"/>);
/// <c>paperdigest new --title "..." [--arxiv ID] [--doi DOI] [--authors "A; B"] --tags a,b [--date YYYY-MM-DD]</c>:
/// writes <c>papers/YYYY/&lt;slug&gt;.md</c> with valid front matter and a placeholder summary, unless the digest
/// already has the paper. Nothing is ever overwritten.
/// </summary>
internal static class NewCommand
{
    public static Command Create(Option<string> input)
    {
        var papers = new Argument<string[]>("papers")
        {
            Description = "arXiv ids or URLs (2303.01469, https://arxiv.org/abs/2303.01469): their titles, authors and dates come from the arXiv API",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var title = new Option<string?>("--title", "-t") { Description = "The paper's title (required without arXiv ids)" };
        var authors = new Option<string?>("--authors", "-a") { Description = "The authors, separated by ';': \"Yaxuan Zhu; Jianwen Xie\"" };
        var tags = new Option<string?>("--tags") { Description = "Tags from tags.yml, separated by ',': diffusion-models,transformers (required with --title; with arXiv ids they come before the tags of the papers' categories, and a draft may have none yet)" };
        var date = new Option<string?>("--date") { Description = "The digest day, YYYY-MM-DD (default: today in site.yml's time zone)" };
        var arxiv = new Option<string?>("--arxiv") { Description = "The arXiv id, e.g. 2309.05153; it becomes the slug" };
        var doi = new Option<string?>("--doi") { Description = "The DOI, e.g. 10.1103/PhysRevE.108.014309" };
        var published = new Option<string?>("--published") { Description = "The paper's own first date, YYYY-MM-DD" };
        var venue = new Option<string?>("--venue") { Description = "Where it was published, e.g. \"ICLR 2024\"" };
        var code = new Option<string?>("--code") { Description = "A link to the paper's code (http or https)" };
        var pdf = new Option<string?>("--pdf") { Description = "A link to the PDF when it is not on arXiv" };
        var arxivApi = new Option<string?>("--arxiv-api")
        {
            Description = $"The arXiv API to ask (default: ${ArxivApi.EndpointVariable}, else {ArxivApi.DefaultEndpoint})",
        };

        var command = new Command("new", "Write a new draft entry, from arXiv ids or from options, with a placeholder summary to replace");
        command.Arguments.Add(papers);
        foreach (var option in new Option[] { title, authors, tags, date, arxiv, doi, published, venue, code, pdf, arxivApi, input })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var ids = parse.GetValue(papers) ?? [];
            if (ids.Length > 0)
            {
                var manual = new Option[] { title, authors, arxiv, doi, published, venue, code, pdf }.FirstOrDefault(o => parse.GetResult(o) is not null);
                if (manual is not null)
                {
                    Console.Error.WriteLine($"paperdigest new: {manual.Name} cannot be combined with arXiv ids; their details come from the arXiv API");
                    return ExitCodes.Usage;
                }

                return NewFromArxiv.Run(parse.GetValue(input)!, ids, parse.GetValue(tags), parse.GetValue(date), parse.GetValue(arxivApi));
            }

            if (parse.GetValue(title) is not { } givenTitle)
            {
                Console.Error.WriteLine("paperdigest new: give arXiv ids (paperdigest new 2303.01469) or --title \"...\" with the paper's details");
                return ExitCodes.Usage;
            }

            return Run(
                parse.GetValue(input)!,
                new EntryOptions(
                    givenTitle, parse.GetValue(authors), parse.GetValue(tags), parse.GetValue(date), parse.GetValue(arxiv),
                    parse.GetValue(doi), parse.GetValue(published), parse.GetValue(venue), parse.GetValue(code), parse.GetValue(pdf)));
        });
        return command;
    }

    public static int Run(string input, EntryOptions options)
    {
        var problem = InputPaths.Problem(input, null, null);
        if (problem is not null)
        {
            Console.Error.WriteLine($"paperdigest: {problem}");
            return ExitCodes.Usage;
        }

        var snapshot = LoadDigest(input);
        if (snapshot is null)
        {
            return ExitCodes.ContentErrors;
        }

        if (string.IsNullOrWhiteSpace(options.Tags?.Replace(',', ' ')))
        {
            return MissingTags(snapshot, "new");
        }

        var today = snapshot.Today(DateTimeOffset.UtcNow);
        var (entry, problems) = OptionValues.Entry(options, snapshot.Tags, today);
        if (entry is null)
        {
            return Refuse(problems);
        }

        var plan = EntryPlanner.Plan(entry, snapshot, snapshot.Papers);
        if (plan.Duplicate is { } duplicate)
        {
            return Refuse([duplicate.Message]);
        }

        if (!plan.IsReady)
        {
            return Refuse(plan.Problems);
        }

        if (EntryFiles.Create(input, plan) is { } writeProblem)
        {
            return Refuse([writeProblem]);
        }

        Console.WriteLine($"Wrote {plan.DisplayPath}");
        WarnIfFuture(entry.Date, today);

        Console.WriteLine($"Next: replace the placeholder summary (it starts with \"{EntryWriter.PlaceholderMarker}\") with your write-up and preview it with 'paperdigest serve'; the entry is a draft until you remove its 'draft: true' line.");
        return ExitCodes.Success;
    }

    /// <summary>Reads site.yml, tags.yml and the entries' identifiers; prints why not and returns null when the settings are broken.</summary>
    public static DigestSnapshot? LoadDigest(string input)
    {
        var (snapshot, diagnostics) = DigestSnapshotLoader.Load(input);
        DiagnosticPrinter.Print(diagnostics);
        if (snapshot is null)
        {
            var errors = diagnostics.Count(d => d.IsError);
            Console.Error.WriteLine($"Nothing was written: fix site.yml and tags.yml first ({BuildCommand.Count(errors, "error")}).");
        }

        return snapshot;
    }

    /// <summary>A future digest day is the editor's call (scheduling), but the build refuses it until then: say so.</summary>
    public static void WarnIfFuture(DateOnly date, DateOnly today)
    {
        if (date > today)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"paperdigest: note: {date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}); until then the build reports it as a date in the future, unless you build with --drafts"));
        }
    }

    /// <summary>Every entry needs a tag, and no tag can be guessed: a usage error that lists the tags to choose from.</summary>
    public static int MissingTags(DigestSnapshot snapshot, string command)
    {
        Console.Error.WriteLine($"paperdigest {command}: --tags is required: every entry needs at least one tag from tags.yml, e.g. --tags {snapshot.Tags.Slugs.FirstOrDefault() ?? "tag"}");
        Console.Error.WriteLine($"Available tags: {OptionValues.TagList(snapshot.Tags)}");
        return ExitCodes.Usage;
    }

    public static int Refuse(IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"paperdigest: {Diagnostic.Printable(problem)}");
        }

        Console.Error.WriteLine("Nothing was written.");
        return ExitCodes.ContentErrors;
    }
}
