using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Incremental;
using PaperDigest.Tests.Citations;
using PaperDigest.Validation;

namespace PaperDigest.Tests.Validation;

/// <summary>What moves an entry without slug, what the warning suggests, and what the ledger keeps.</summary>
public sealed class AddressChangesTests
{
    [Fact]
    public void A_title_edit_moves_an_entry_without_slug_or_arxiv_id()
    {
        var (warnings, next) = Recheck(Paper("old-title"), Paper("new-title"));

        var warning = Assert.Single(warnings);
        Assert.Equal(DiagnosticCodes.AddressMoved, warning.Code);
        Assert.Contains("moves from /papers/old-title/ to /papers/new-title/ and its feed id changes", warning.Message, StringComparison.Ordinal);
        Assert.Contains("because its title changed", warning.Message, StringComparison.Ordinal);
        Assert.Contains("add 'slug: old-title' to keep both", warning.Message, StringComparison.Ordinal);
        // The published address stays on record, so the next build says it again.
        Assert.Equal("/papers/old-title/", next.Entries["a.md"].Path);
    }

    [Fact]
    public void Taking_out_the_arxiv_id_says_the_urn_cannot_stay()
    {
        var (warnings, _) = Recheck(Paper("2309.05153") with { Arxiv = "2309.05153" }, Paper("a-title"));

        var warning = Assert.Single(warnings);
        Assert.Contains("because its arXiv id was taken out", warning.Message, StringComparison.Ordinal);
        Assert.Contains("add 'slug: 2309.05153' to keep the address (the feed id was the arXiv id's and cannot stay)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_with_its_own_slug_or_its_old_address_as_first_alias_is_not_warned_about()
    {
        var before = Paper("old-title");
        Assert.Empty(Recheck(before, Paper("new-title") with { ExplicitSlug = true }).Warnings);

        var (warnings, next) = Recheck(before, Paper("2501.01234") with { Arxiv = "2501.01234", Aliases = ["/papers/old-title/"] });
        Assert.Empty(warnings);
        Assert.Equal(new PublishedAddress("/papers/2501.01234/", "/papers/old-title/", "2501.01234"), next.Entries["a.md"]);
    }

    [Fact]
    public void A_draft_keeps_the_address_it_was_published_under_and_entries_gone_are_forgotten()
    {
        var ledger = AddressChanges.Check([Paper("old-title"), Paper("other") with { SourcePath = SourcePath.InInput("in", "b.md") }], AddressLedger.Empty).Next;

        var (warnings, next) = AddressChanges.Check([Paper("new-title") with { Draft = true }], ledger);

        Assert.Empty(warnings);
        Assert.Equal("/papers/old-title/", next.Entries["a.md"].Path);
        Assert.False(next.Entries.ContainsKey("b.md"));
    }

    [Fact]
    public void The_ledger_reads_back_what_it_saved_and_reads_a_damaged_file_as_empty()
    {
        using var temp = new TempFolder();
        var ledger = new AddressLedger(new Dictionary<string, PublishedAddress>
        {
            ["papers/2025/a.md"] = new("/papers/a/", "/papers/old-a/", null),
            ["papers/2025/b.md"] = new("/papers/2309.05153/", "urn:arxiv:2309.05153", "2309.05153"),
            ["papers/2025/tab\there.md"] = new("/papers/c/", "/papers/c/", null),
        });
        ledger.Save(temp.Path);

        var read = AddressLedger.Load(temp.Path);
        Assert.Equal(ledger.Entries.Where(e => !e.Key.Contains('\t', StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal),
            read.Entries.OrderBy(e => e.Key, StringComparer.Ordinal));

        File.WriteAllText(Path.Combine(temp.Path, AddressLedger.FileName), "not a ledger\n");
        Assert.Empty(AddressLedger.Load(temp.Path).Entries);
        Assert.Empty(AddressLedger.Load(temp.Combine("missing")).Entries);
    }

    private static Paper Paper(string slug) =>
        CitationCases.Paper(slug, "A title", ["Ada Lovelace"], new DateOnly(2025, 1, 2)) with { SourcePath = SourcePath.InInput("in", "a.md") };

    /// <summary>
    /// Builds with <paramref name="before"/>, then checks <paramref name="after"/> against what that build recorded; the
    /// two name the input folder differently, as two commands may.
    /// </summary>
    private static (IReadOnlyList<Diagnostic> Warnings, AddressLedger Next) Recheck(Paper before, Paper after)
    {
        var (first, ledger) = AddressChanges.Check([before with { SourcePath = SourcePath.InInput("./in/", "a.md") }], AddressLedger.Empty);
        Assert.Empty(first);
        return AddressChanges.Check([after], ledger);
    }
}
