using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace PaperDigest.Content;

/// <summary>
/// A paper's authors in the paper's order, as the entry lists them (two co-authors may share a name: both are kept),
/// and whether the list is <see cref="Incomplete"/>: the entry ends it with <c>others</c>, as BibTeX's
/// <c>and others</c>, because more authors exist than it names. Pages and feeds then say "et al.".
/// </summary>
[CollectionBuilder(typeof(AuthorList), nameof(Create))]
internal sealed record AuthorList(ImmutableArray<Author> Known, bool Incomplete = false) : IReadOnlyList<Author>
{
    /// <summary>What an entry writes as the last item of <c>authors</c> to say that the list is incomplete.</summary>
    public const string OthersMarker = "others";

    /// <summary>How pages and feeds mark an incomplete list.</summary>
    public const string EtAl = "et al.";

    public static readonly AuthorList None = new(ImmutableArray<Author>.Empty);

    /// <summary>An author list of names only.</summary>
    public static AuthorList Of(IEnumerable<string> names, bool incomplete = false) =>
        new(names.Select(n => new Author(n)).ToImmutableArray(), incomplete);

    /// <summary>A complete list of these authors: what <c>["Ada Lovelace", "Grace Hopper"]</c> makes.</summary>
    public static AuthorList Create(ReadOnlySpan<Author> authors) => new(ImmutableArray.Create(authors));

    private ImmutableArray<Author> Items => Known.IsDefault ? [] : Known;

    /// <summary>The known authors' names, in order (made once: cards and feeds read them for every page).</summary>
    public ImmutableArray<string> Names { get; } = Known.IsDefault ? [] : [.. Known.Select(a => a.Name)];

    public int Count => Items.Length;

    public bool IsEmpty => Items.IsEmpty;

    public Author this[int index] => Items[index];

    /// <summary>The names as pages show them: the known authors' names, then "et al." when the list is incomplete.</summary>
    public ImmutableArray<string> Shown => Incomplete && !IsEmpty ? [.. Names, EtAl] : Names;

    /// <summary>The names joined with ", " and "et al." after them when the list is incomplete (<c>A, B, et al.</c>; <c>A et al.</c> for one).</summary>
    public string Joined() => Joined(Names);

    /// <summary><paramref name="names"/> (some of the names, as a short list shows them) joined as <see cref="Joined()"/> does.</summary>
    public string Joined(IReadOnlyList<string> names)
    {
        var joined = string.Join(", ", names);
        return !Incomplete || names.Count == 0 ? joined : joined + (names.Count == 1 ? " " : ", ") + EtAl;
    }

    public IEnumerator<Author> GetEnumerator() => ((IEnumerable<Author>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
