using System.Collections.Immutable;
using PaperDigest.Citations;
using PaperDigest.Content;
using PaperDigest.Diagnostics;
using PaperDigest.Parsing;

namespace PaperDigest.Tests.Citations;

/// <summary>
/// The papers the citation formats are tested on, by golden-file case name. Most are sample-digest entries
/// (some with an identifier taken away to reach a branch); <c>hostile</c> carries every character that could
/// break out of a BibTeX field, a RIS line, a <c>&lt;script&gt;</c> element or an attribute.
/// </summary>
internal static class CitationCases
{
    public const string HostileText = "</script><script>alert(1)</script>";

    public static SiteConfig Site { get; } = new(
        "Boundary Layer", "A curated digest.", new Uri("https://paperdigest.netlify.app/"), "en", TimeZoneInfo.Utc, 10, 50, ["Mira Okonkwo"]);

    public static IReadOnlyDictionary<string, CitationCase> All { get; } = new Dictionary<string, CitationCase>(StringComparer.Ordinal)
    {
        // The sample entry as it is: arXiv id, own date, a conference venue as a mapping, no DOI.
        ["2309.05153"] = Case(Paper(
            "2309.05153",
            "Learning Energy-Based Models by Cooperative Diffusion Recovery Likelihood",
            ["Yaxuan Zhu", "Jianwen Xie", "Ying Nian Wu", "Ruiqi Gao"],
            new DateOnly(2025, 3, 11),
            arxiv: "2309.05153",
            published: new DateOnly(2023, 9, 10),
            venueMapping: new Venue("ICLR 2024", VenueKind.Conference, Year: 2024),
            tldr: "Pairing each energy-based model with a learned initialiser for its sampler, across noise levels, narrows the gap between EBMs and diffusion models.",
            code: "https://github.com/AlvinZhuyx/CDRL"),
            "Energy-Based Models", "Diffusion Models"),

        // arXiv only: no DOI, no venue; cited with a version, which citations drop.
        ["arxiv-only"] = Case(Paper(
            "2209.09097",
            "Disentangling Shape and Pose for Object-Centric Deep Active Inference Models",
            ["Stefano Ferraro", "Toon Van de Maele", "Pietro Mazzaglia", "Tim Verbelen", "Bart Dhoedt"],
            new DateOnly(2025, 4, 17),
            arxiv: "2209.09097v2",
            published: new DateOnly(2022, 9, 16),
            tldr: "Splitting an agent's learned world model into shape, pose and category helps active inference agents reach the views of 3D objects they are after."),
            "Brain-Inspired Learning", "Representation Learning"),

        // The sample entry as it is: a journal venue with volume and pages, the year differing from the arXiv date.
        ["arxiv-doi-venue"] = Case(Paper(
            "2304.11042",
            "Backpropagation-free Training of Deep Physical Neural Networks",
            ["Ali Momeni", "Babak Rahmani", "Matthieu Malléjac", "Philipp del Hougne", "Romain Fleury"],
            new DateOnly(2025, 4, 17),
            arxiv: "2304.11042",
            doi: "10.1126/science.adi8474",
            published: new DateOnly(2023, 4, 20),
            venueMapping: new Venue("Science", VenueKind.Journal, "382", Pages: "1297–1303", Year: 2023),
            tldr: "A forward-only training scheme lets networks built from real wave-based hardware learn without a digital model of their own physics."),
            "Physical Neural Networks", "Brain-Inspired Learning"),

        // The sample entry 2207.00467 without its arXiv id, and its venue as the shorthand it once was, which reads
        // as a journal (Physica) of 2023.
        ["doi-only"] = Case(Paper(
            "nonequilibrium-phenomena-in-driven-and-active-coulomb-field-theories",
            "Nonequilibrium Phenomena in Driven and Active Coulomb Field Theories",
            ["Saeed Mahdisoltani", "Ramin Golestanian"],
            new DateOnly(2025, 3, 27),
            doi: "10.1016/j.physa.2022.127947",
            published: new DateOnly(2022, 7, 1),
            venue: "Physica A (2023)",
            tldr: "A compact tour of what happens when Coulomb-like long-range forces meet driving and activity, from electrolytes in a field to self-chemotactic cells."),
            "Statistical Physics", "Active Matter"),

        // Neither identifier, no authors, no own date, no tldr: the digest page is all there is to point at.
        ["no-ids-no-authors"] = Case(Paper(
            "notes-from-the-reading-group",
            "The Notes from Our Reading Group",
            [],
            new DateOnly(2025, 5, 2)),
            "Statistical Physics"),

        // An old-style id with a version and no own date: the year comes from the id (99 → 1999).
        ["old-style-id"] = Case(Paper(
            "hep-th-9901001",
            "On Old-Style Identifiers in the Age of Preprints",
            ["Martin Luther King Jr.", "Wu, Ying Nian", "Plato"],
            new DateOnly(2025, 1, 15),
            arxiv: "hep-th/9901001v2"),
            "Statistical Physics"),

        // An incomplete author list (BibTeX's "and others") with an ORCID iD and a homepage, and a conference venue
        // as a mapping: BibTeX ends in "and others", the other formats list the known authors.
        ["incomplete-authors"] = Case(Paper(
            "2406.01234",
            "A Paper Whose Author List Is Cut Short",
            new AuthorList(
                [
                    new Author("Ada Lovelace", "0000-0002-1825-0097", new Uri("https://example.org/ada")),
                    "Grace Hopper",
                    new Author("Grace Hopper", "0000-0001-5109-3700"),
                ],
                Incomplete: true),
            new DateOnly(2025, 6, 2),
            arxiv: "2406.01234",
            published: new DateOnly(2024, 6, 3),
            venueMapping: new Venue("International Conference on Machine Learning", VenueKind.Conference, Pages: "1201–1215", Year: 2024, Publisher: "PMLR")),
            "Statistical Physics"),

        // A journal venue as a mapping with every detail, known by DOI only: @article with volume, number and pages.
        ["journal-venue"] = Case(Paper(
            "journal-venue",
            "Active Matter in a Structured Venue",
            ["Ramin Golestanian"],
            new DateOnly(2025, 6, 3),
            doi: "10.1038/s41586-020-2649-2",
            published: new DateOnly(2020, 9, 16),
            venueMapping: new Venue("Nature", VenueKind.Journal, "585", "7825", "357–362", 2020, "Springer Nature")),
            "Active Matter"),

        // The sample entry as it is: a conference written as a shorthand, whose kind and year are inferred.
        ["conference-shorthand"] = Case(Paper(
            "2409.01322",
            "Guide-and-Rescale: Self-Guidance Mechanism for Effective Tuning-Free Real Image Editing",
            ["Vadim Titov", "Madina Khalmatova", "Alexandra Ivanova", "Dmitry Vetrov", "Aibek Alanov"],
            new DateOnly(2025, 4, 9),
            arxiv: "2409.01322",
            published: new DateOnly(2024, 9, 2),
            venue: "ECCV 2024",
            code: "https://github.com/FusionBrainLab/Guide-and-Rescale"),
            "Image Editing", "Diffusion Models", "Training-Free Methods"),

        // The sample entry 2304.12400 without its venue and DOI: a preprint with no date of its own is dated by the
        // year and month of its arXiv id, not by the digest day.
        ["arxiv-month"] = Case(Paper(
            "2304.12400",
            "Generative Discovery of Novel Chemical Designs using Diffusion Modeling and Transformer Deep Neural Networks with Application to Deep Eutectic Solvents",
            ["Rachel K. Luu", "Marcin Wysokowski", "Markus J. Buehler"],
            new DateOnly(2025, 3, 11),
            arxiv: "2304.12400"),
            "Molecular Design"),

        // A preprint with a later version: the latest version's date is the date it was modified.
        ["updated-preprint"] = Case(Paper(
            "2406.05678",
            "A Preprint Revised After Its First Version",
            [new Author("Ada Lovelace", "0000-0002-1825-0097")],
            new DateOnly(2025, 6, 4),
            arxiv: "2406.05678v3",
            published: new DateOnly(2024, 6, 9),
            updated: new DateOnly(2025, 1, 20)),
            "Statistical Physics"),

        // A venue shorthand that says neither journal nor conference: every format stays generic.
        ["unknown-kind"] = Case(Paper(
            "2103.04567",
            "A Paper in a Venue of Unknown Kind",
            ["Grace Hopper"],
            new DateOnly(2025, 6, 5),
            arxiv: "2103.04567",
            published: new DateOnly(2021, 3, 8),
            venue: "Matter Meetings (2021)"),
            "Statistical Physics"),

        // A thesis, known by neither arXiv id nor DOI: the venue is the university.
        ["thesis"] = Case(Paper(
            "a-thesis-on-active-matter",
            "A Thesis on Active Matter",
            ["Ramin Golestanian"],
            new DateOnly(2025, 6, 6),
            venueMapping: new Venue("University of Oxford", VenueKind.Thesis, Year: 2019, Url: new Uri("https://example.org/thesis"))),
            "Active Matter"),

        ["hostile"] = Case(Paper(
            "hostile",
            "Breaking {out}} of " + HostileText + " & 100% \"quoted\" C:\\path\\ $x_1^2$ #1 ~ @misc{evil,\nnext line \u200Frtl\u200F 🧪",
            ["Eve " + HostileText + " O'Hacker", "Ben and Jerry Brace}", "Mallory {Unbalanced", "Zoë d'Arc\u200F", "Wu, Ying Nian"],
            new DateOnly(2025, 6, 1),
            doi: "10.1234/x<y>&z{w}%20\"q\"#frag\\",
            venue: "Journal of " + HostileText + " & \"Things\" {100%}",
            tldr: "Line one\r\nline two\u2028line three " + HostileText + " & <b>bold</b> }",
            pdf: "https://example.org/pdf?a=1&b=2"),
            "Tag " + HostileText, "Tag & \"quotes\""),
    };

    public static Paper Paper(
        string slug,
        string title,
        AuthorList authors,
        DateOnly date,
        string? arxiv = null,
        string? doi = null,
        DateOnly? published = null,
        string? venue = null,
        string? tldr = null,
        string? pdf = null,
        string? code = null,
        Venue? venueMapping = null,
        DateOnly? updated = null)
    {
        var links = new PaperLinks(pdf is null ? null : new Uri(pdf), code is null ? null : new Uri(code), null, null);
        var nowhere = new SourceLocation("entry.md", 1, 1);
        return new Paper(
            $"input/papers/{date.Year}/{slug}.md", slug, title, authors, date, ["tag"], arxiv, doi, published, venueMapping ?? (venue is null ? null : VenueShorthand.Read(venue)), tldr,
            links, Featured: false, Draft: false, [], "Write-up.", 5, new EntryLocations(nowhere, nowhere, nowhere, []))
        {
            Updated = updated,
        };
    }

    private static CitationCase Case(Paper paper, params string[] keywords) => new(paper, keywords, paper.Tldr ?? "");
}
