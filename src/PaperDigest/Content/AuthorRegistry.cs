using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace PaperDigest.Content;

/// <summary>
/// The people of <c>authors.yml</c>, and the rule that gives every author of every entry the slug of their page,
/// <c>/authors/&lt;slug&gt;/</c>. The slug depends only on the registry and on what the entry says of the author, never
/// on other entries, so a page's links do not move when another entry is edited:
/// <list type="number">
/// <item>An author the registry knows is theirs: by <c>id</c>, else by ORCID iD, else by name or alias when exactly one
/// registered person has that name and no ORCID iD contradicts it. Their slug is their key in <c>authors.yml</c>.</item>
/// <item>Anyone else gets the name in kebab case (<c>Léa Müller</c> → <c>lea-muller</c>): names that differ only in
/// case, accents or punctuation share a page. A name without a Latin letter or digit gets <c>author-</c> and a hash.</item>
/// <item>An unregistered author whose name a registered person has (a namesake with another ORCID iD, or a name two
/// registered people share that the entry does not settle) gets the name and the ORCID iD
/// (<c>wei-wang-0000-0002-1825-0097</c>), or without one the name and <c>-unidentified</c>, so no page is shared by mistake.</item>
/// </list>
/// </summary>
internal sealed record AuthorRegistry(ImmutableArray<RegisteredAuthor> People)
{
    /// <summary>The longest slug made from a name.</summary>
    public const int MaxNameSlugLength = 80;

    /// <summary>A registry of no one: a new one each time, as each keeps the slugs of the names it was asked about
    /// (one shared instance would keep every name a long-lived <c>serve</c> ever saw).</summary>
    public static AuthorRegistry Empty => new(ImmutableArray<RegisteredAuthor>.Empty);

    private readonly Dictionary<string, RegisteredAuthor> byId = People.ToDictionary(p => p.Id, StringComparer.Ordinal);

    private readonly Dictionary<string, RegisteredAuthor> byOrcid = People
        .Where(p => p.Orcid is not null)
        .GroupBy(p => p.Orcid!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly ILookup<string, RegisteredAuthor> byName = People
        .SelectMany(p => p.Names.Select(NameSlug).Distinct(StringComparer.Ordinal).Select(n => (Name: n, Person: p)))
        .ToLookup(x => x.Name, x => x.Person, StringComparer.Ordinal);

    // The slug of each name asked about, made once: a digest names the same people on many entries, and every build
    // asks about every author of every entry.
    private readonly ConcurrentDictionary<string, string> slugs = new(StringComparer.Ordinal);

    /// <summary>Where each person is defined in authors.yml, for diagnostics about them; empty for registries made in code.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourceLocation> Locations { get; init; } =
        new Dictionary<string, Diagnostics.SourceLocation>(StringComparer.Ordinal);

    public bool IsEmpty => People.IsEmpty;

    public bool Contains(string id) => byId.ContainsKey(id);

    /// <summary>The registered people with this name or alias (compared as slugs), in the registry's order.</summary>
    public IEnumerable<RegisteredAuthor> Named(string name) => byName[KnownNameSlug(name)];

    /// <summary>The registered person an entry's author is, by the rule above, or null.</summary>
    public RegisteredAuthor? Find(Author author)
    {
        if (author.Id is not null)
        {
            return byId.GetValueOrDefault(author.Id);
        }

        if (author.Orcid is not null && byOrcid.TryGetValue(author.Orcid, out var byOrcidPerson))
        {
            return byOrcidPerson;
        }

        RegisteredAuthor? found = null;
        foreach (var person in byName[KnownNameSlug(author.Name)])
        {
            if (author.Orcid is not null && person.Orcid is not null)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = person;
        }

        return found;
    }

    /// <summary>The slug of the author's page, <c>/authors/&lt;slug&gt;/</c>, by the rule above.</summary>
    public string SlugOf(Author author)
    {
        if (Find(author) is { } person)
        {
            return person.Id;
        }

        var slug = KnownNameSlug(author.Name);
        if (byId.ContainsKey(slug) || byName.Contains(slug))
        {
            return author.Orcid is { } orcid ? $"{slug}-{orcid.ToLowerInvariant()}" : slug + "-unidentified";
        }

        return slug;
    }

    /// <summary>The author with the ORCID iD and homepage the registry gives them where the entry gives none; the same instance when nothing is added.</summary>
    public Author Enrich(Author author)
    {
        if (IsEmpty || Find(author) is not { } person
            || ((author.Orcid is not null || person.Orcid is null) && (author.Url is not null || person.Url is null)))
        {
            return author;
        }

        return author with { Orcid = author.Orcid ?? person.Orcid, Url = author.Url ?? person.Url };
    }

    /// <summary>A name as a slug: lower-case ASCII words joined by '-', accents and strokes removed; <c>author-</c> and a hash when nothing is left.</summary>
    private string KnownNameSlug(string name) => slugs.GetOrAdd(name, NameSlug);

    public static string NameSlug(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                // Most names are ASCII: lower-cased here without a call into the culture tables.
                var c = (char)rune.Value;
                folded.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if (LetterFolding.Fold(lower.Value) is { } replacement)
            {
                folded.Append(replacement);
            }
            else
            {
                folded.Append(lower.ToString());
            }
        }

        var slug = Parsing.Identifiers.Kebab(folded.ToString(), MaxNameSlugLength);
        return slug.Length > 0 ? slug : "author-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..10];
    }
}
