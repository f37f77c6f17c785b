using System.Collections.Immutable;
using PaperDigest.Content;
using PaperDigest.Incremental;
using PaperDigest.Rendering;
using PaperDigest.Theming;
using PaperDigest.Theming.Views;

namespace PaperDigest.Tests.Incremental;

/// <summary>
/// An output's key is derived from everything its input holds: any change anywhere in it changes the key, and the
/// same content in other instances gives the same key, so a file is kept exactly when what it is made from is unchanged.
/// </summary>
public sealed class ContentKeyTests
{
    private static readonly Fingerprint Theme = Fingerprint.Of("theme"u8);

    private static ContentKey Keys(params Type[] shared) => new(shared);

    private static NavLinkView Link(string title = "Week 3", string url = "/weeks/2025-W03/") => new(title, url);

    [Fact]
    public void The_same_content_in_other_instances_gives_the_same_key()
    {
        var keys = Keys();

        Assert.Equal(keys.Of("page", Theme, new[] { Link(), Link("Month") }), keys.Of("page", Theme, new[] { Link(), Link("Month") }));
        Assert.Equal(Keys(typeof(NavLinkView)).Of("page", Theme, Link()), Keys(typeof(NavLinkView)).Of("page", Theme, Link()));
    }

    [Fact]
    public void Any_changed_value_anywhere_in_the_input_changes_the_key()
    {
        var keys = Keys();
        var baseline = keys.Of("page", Theme, (Link(), 3, true, new DateOnly(2025, 1, 2)));

        object[] changed =
        [
            (Link("Week 4"), 3, true, new DateOnly(2025, 1, 2)),
            (Link(url: "/weeks/2025-W04/"), 3, true, new DateOnly(2025, 1, 2)),
            (Link(), 4, true, new DateOnly(2025, 1, 2)),
            (Link(), 3, false, new DateOnly(2025, 1, 2)),
            (Link(), 3, true, new DateOnly(2025, 1, 3)),
        ];

        Assert.All(changed, c => Assert.NotEqual(baseline, keys.Of("page", Theme, c)));
        Assert.NotEqual(baseline, keys.Of("feed", Theme, (Link(), 3, true, new DateOnly(2025, 1, 2))));
        Assert.NotEqual(baseline, keys.Of("page", Fingerprint.Of("another theme"u8), (Link(), 3, true, new DateOnly(2025, 1, 2))));
    }

    [Fact]
    public void Values_are_told_apart_by_their_boundaries_and_kinds()
    {
        var keys = Keys();

        Assert.NotEqual(keys.Of("k", Theme, ("ab", "c")), keys.Of("k", Theme, ("a", "bc")));
        Assert.NotEqual(keys.Of("k", Theme, new List<string> { "a", "b" }), keys.Of("k", Theme, new List<string> { "a" }));
        Assert.NotEqual(keys.Of("k", Theme, (string?)null), keys.Of("k", Theme, ""));
        Assert.NotEqual(keys.Of("k", Theme, new List<string> { "a" }), keys.Of("k", Theme, new List<string>()));
        Assert.NotEqual(keys.Of("k", Theme, 1), keys.Of("k", Theme, "1"));
    }

    [Fact]
    public void Lists_of_the_digest_own_records_are_read_item_by_item_however_they_were_made()
    {
        var keys = Keys();
        var items = new[] { Link("a"), Link("b") };
        IReadOnlyList<NavLinkView> fromSpread = [.. items.Select(l => l)];
        IReadOnlyList<NavLinkView> fixedLength = [Link("a"), Link("b")];

        // Arrays, the compiler's lists for collection expressions and the framework's lists all key by their items.
        foreach (var list in new object[] { items, fromSpread, fixedLength, items.ToList(), items.ToImmutableArray() })
        {
            Assert.Equal(keys.Of("k", Theme, items.ToList()), keys.Of("k", Theme, list));
            Assert.NotEqual(keys.Of("k", Theme, new List<NavLinkView> { Link("a"), Link("c") }), keys.Of("k", Theme, list));
        }
    }

    [Fact]
    public void A_list_type_of_the_digest_is_read_with_everything_beside_its_items()
    {
        var keys = Keys();
        ImmutableArray<Author> authors = [new Author("Ada Lovelace"), new Author("Alan Turing")];

        // AuthorList is a list of authors and also says whether the list is complete: both are part of the key.
        Assert.NotEqual(keys.Of("k", Theme, new AuthorList(authors)), keys.Of("k", Theme, new AuthorList(authors, Incomplete: true)));
    }

    [Fact]
    public void Private_state_is_part_of_the_key()
    {
        var keys = Keys();

        Assert.NotEqual(keys.Of("k", Theme, new Counter(1)), keys.Of("k", Theme, new Counter(2)));
    }

    [Fact]
    public void A_write_up_is_keyed_by_its_content_without_being_read_back()
    {
        using var store = WriteUpStore.Temporary();
        var stored = store.Add("<p>A write-up.</p>");
        var keys = Keys();

        Assert.Equal(keys.Of("k", Theme, new TrustedHtml(stored)), keys.Of("k", Theme, new TrustedHtml(store.Add("<p>A write-up.</p>"))));
        Assert.Equal(keys.Of("k", Theme, new TrustedHtml(stored)), keys.Of("k", Theme, new TrustedHtml((WriteUpHtml)"<p>A write-up.</p>")));
        Assert.NotEqual(keys.Of("k", Theme, new TrustedHtml(stored)), keys.Of("k", Theme, new TrustedHtml(store.Add("<p>Another.</p>"))));
        Assert.NotEqual(keys.Of("k", Theme, new TrustedHtml("<p>a</p>")), keys.Of("k", Theme, new TrustedHtml("<p>b</p>")));
    }

    [Fact]
    public void A_shared_instance_is_keyed_once_and_gives_the_key_its_content_gives()
    {
        var keys = Keys(typeof(NavLinkView));
        var link = Link();
        var first = keys.Of("k", Theme, new[] { link, link });

        Assert.Equal(first, keys.Of("k", Theme, new[] { Link(), Link() }));
        Assert.NotEqual(first, keys.Of("k", Theme, new[] { link, Link("Other") }));
    }

    [Fact]
    public void A_shared_instance_given_its_key_is_not_read_again()
    {
        var link = Link();
        var given = Fingerprint.Of("a key from an earlier build"u8);
        var told = Keys(typeof(NavLinkView));
        told.Know(link, given);

        Assert.Equal(given, told.KeyOf(link));
        Assert.Equal(Keys(typeof(NavLinkView)).KeyOf(link), Keys(typeof(NavLinkView)).KeyOf(Link()));
        Assert.NotEqual(Keys(typeof(NavLinkView)).Of("k", Theme, link), told.Of("k", Theme, link));
        Assert.Equal(Keys(typeof(NavLinkView)).Of("k", Theme, Link("Other")), told.Of("k", Theme, Link("Other")));
        Assert.Throws<ArgumentException>(() => told.Know(new[] { link }, given));
        Assert.Throws<ArgumentException>(() => told.KeyOf(new[] { link }));
    }

    [Fact]
    public void Search_fields_are_keyed_by_value_and_by_count()
    {
        var keys = Keys();
        ImmutableArray<PaperDigest.Search.SearchField> fields = [PaperDigest.Search.SearchField.Title, PaperDigest.Search.SearchField.Tags];

        Assert.Equal(keys.Of("terms", Theme, fields), keys.Of("terms", Theme, fields.ToArray().ToImmutableArray()));
        Assert.NotEqual(keys.Of("terms", Theme, fields), keys.Of("terms", Theme, fields.SetItem(1, PaperDigest.Search.SearchField.Authors)));
        Assert.NotEqual(keys.Of("terms", Theme, fields), keys.Of("terms", Theme, fields.RemoveAt(1)));
    }

    [Fact]
    public void A_paper_page_is_keyed_by_what_it_shows_not_by_the_numbers_of_its_words()
    {
        // Word numbers come from a pool numbered afresh in each build: a page's input holds the shown paper alone.
        var shown = PaperDigest.Tests.Site.RelatedPapersTests.Paper("a", "A paper", ["tag"], "Body.").Shown with { Summary = "Summary" };
        var keys = Keys(typeof(ShownPaper));
        var counted = new RenderedPaper(shown, new PaperDigest.Indexing.TermCounts([1, 2], [1, 1]), PaperDigest.Search.SearchTerms.Empty);
        var renumbered = counted with { Terms = new PaperDigest.Indexing.TermCounts([7, 9], [1, 1]) };

        Assert.Equal(keys.Of("page", Theme, counted.Shown), keys.Of("page", Theme, renumbered.Shown));
        Assert.NotEqual(keys.Of("page", Theme, shown), keys.Of("page", Theme, shown with { Summary = "Other" }));
    }

    [Fact]
    public void Fields_are_written_by_their_declared_type_as_the_values_they_hold_would_be()
    {
        // Fields of a fixed kind are written without boxing; the key must still tell every value apart, null included.
        var keys = Keys();
        var baseline = Typed.Sample;
        Typed[] changed =
        [
            baseline with { Text = null },
            baseline with { Text = "" },
            baseline with { Number = 0 },
            baseline with { Flag = false },
            baseline with { Day = baseline.Day.AddDays(1) },
            baseline with { Kind = Content.VenueKind.Journal },
            baseline with { Identity = Fingerprint.Of("other"u8) },
            baseline with { WriteUp = null },
            baseline with { WriteUp = "<p>b</p>" },
            baseline with { Names = default },
            baseline with { Names = [] },
            baseline with { Names = ["a"] },
            baseline with { Names = ["a", "c"] },
            baseline with { Link = null },
            baseline with { Link = Link("Week 4") },
            baseline with { Links = [Link(), Link()] },
            baseline with { Anything = "1" },
        ];

        Assert.Equal(keys.Of("k", Theme, baseline), keys.Of("k", Theme, Typed.Sample with { }));
        var all = changed.Select(c => keys.Of("k", Theme, c)).Append(keys.Of("k", Theme, baseline)).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    /// <summary>A record with a field of each kind <see cref="ContentKey"/> writes by its declared type.</summary>
    private sealed record Typed(
        string? Text, int Number, bool Flag, DateOnly Day, Content.VenueKind Kind, Fingerprint Identity, WriteUpHtml? WriteUp,
        ImmutableArray<string> Names, NavLinkView? Link, ImmutableArray<NavLinkView> Links, object? Anything)
    {
        public static Typed Sample => new(
            "a", 1, true, new DateOnly(2025, 1, 2), Content.VenueKind.Conference, Fingerprint.Of("one"u8), "<p>a</p>",
            ["a", "b"], ContentKeyTests.Link(), [ContentKeyTests.Link()], 1);
    }

    [Fact]
    public void An_unordered_collection_is_refused()
    {
        var keys = Keys();

        Assert.Throws<NotSupportedException>(() => keys.Of("k", Theme, new Dictionary<string, int> { ["a"] = 1 }));
        Assert.Throws<NotSupportedException>(() => keys.Of("k", Theme, new HashSet<string> { "a" }));
        Assert.Throws<NotSupportedException>(() => keys.Of("k", Theme, new Func<int>(() => 1)));
    }

    /// <summary>A type whose state is a private field, as a cache or a class with hidden data would hold.</summary>
    private sealed class Counter(int start)
    {
#pragma warning disable CS9124 // the primary constructor parameter is captured on purpose: it is the hidden state
        private readonly int count = start;
#pragma warning restore CS9124

        public override string ToString() => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
