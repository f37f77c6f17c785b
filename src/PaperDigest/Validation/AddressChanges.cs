using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Feeds;
using PaperDigest.Incremental;
using PaperDigest.Parsing;

namespace PaperDigest.Validation;

/// <summary>
/// Compares where each published paper is now with where it was published (the <see cref="AddressLedger"/>): an entry
/// without <c>slug</c> takes its address from its arXiv id, else its title, so adding an arXiv id or editing the title
/// moves its page and, unless an alias keeps it, changes its feed id. Such an entry is warned about, with the lines
/// that keep it, until the entry writes its slug; its published address stays in the ledger meanwhile. An entry that
/// writes its slug chose its address, and is taken as it is.
/// </summary>
internal static class AddressChanges
{
    /// <summary>
    /// The warnings, and the ledger to save once the build succeeds. The ledger names entry files by their path inside
    /// the input folder, so it holds however the folder is named on the command line.
    /// </summary>
    public static (IReadOnlyList<Diagnostic> Warnings, AddressLedger Next) Check(IEnumerable<Paper> papers, AddressLedger ledger)
    {
        var warnings = new List<Diagnostic>();
        var next = new Dictionary<string, PublishedAddress>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            var file = paper.SourcePath.Path;
            var before = ledger.Entries.GetValueOrDefault(file);
            if (paper.Draft || paper.Scheduled)
            {
                // Not published: nothing moves, and what was published stays on record.
                if (before is not null)
                {
                    next[file] = before;
                }

                continue;
            }

            var now = new PublishedAddress(paper.Path, FeedItemId.KeyOf(paper), paper.Arxiv is null ? null : Identifiers.ArxivWithoutVersion(paper.Arxiv));
            if (before is null || paper.ExplicitSlug || Kept(before, paper, now))
            {
                next[file] = now;
                continue;
            }

            warnings.Add(Diagnostic.Warning(paper.Locations.Slug, DiagnosticCodes.AddressMoved, Message(paper, before, now)));
            next[file] = before;
        }

        return (warnings, new AddressLedger(next));
    }

    /// <summary>Whether the page is where it was (or redirects from there) and the feed id is the same.</summary>
    private static bool Kept(PublishedAddress before, Paper paper, PublishedAddress now) =>
        now.FeedKey == before.FeedKey && (now.Path == before.Path || paper.Aliases.Contains(before.Path, StringComparer.Ordinal));

    private static string Message(Paper paper, PublishedAddress before, PublishedAddress now)
    {
        var cause = now.Path == before.Path ? "its aliases changed"
            : before.Arxiv == now.Arxiv ? "its title changed"
            : before.Arxiv is null ? "an arXiv id was added"
            : now.Arxiv is null ? "its arXiv id was taken out"
            : "its arXiv id changed";
        var what = now.Path == before.Path ? "the paper's feed id changes, so feed readers show it again,"
            : now.FeedKey == before.FeedKey ? $"the paper's address moves from {before.Path} to {now.Path}"
            : $"the paper's address moves from {before.Path} to {now.Path} and its feed id changes, so feed readers show it again,";
        var oldSlug = before.Path.StartsWith("/papers/", StringComparison.Ordinal) ? before.Path["/papers/".Length..].TrimEnd('/') : "";
        var aliases = string.Join(", ", paper.Aliases.Append(before.Path).Distinct(StringComparer.Ordinal));
        var redirect = $"'slug: {paper.Slug}' and 'aliases: [{aliases}]' to take the new address and redirect the old one";
        var keep = !Identifiers.IsSlug(oldSlug) ? $"add {redirect}"
            : FeedItemId.KeyOf(paper with { Slug = oldSlug }) == before.FeedKey ? $"add 'slug: {oldSlug}' to keep both, or {redirect}"
            : $"add 'slug: {oldSlug}' to keep the address (the feed id was the arXiv id's and cannot stay), or {redirect}";
        return $"{what} because {cause} and the entry has no 'slug' (its address follows its arXiv id, else its title); {keep}";
    }
}
