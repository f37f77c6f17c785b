using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// Google Scholar's Highwire Press <c>citation_*</c> tags for a paper page, from its <see cref="Citation"/>, in arXiv's
/// conventions: one <c>citation_author</c> per known author (followed by <c>citation_author_orcid</c> when the entry
/// gives one); an incomplete list gives its known authors, as the tags have no "et al.". The venue is a
/// <c>citation_journal_title</c>, <c>citation_conference_title</c>, <c>citation_inbook_title</c> or
/// <c>citation_dissertation_institution</c> as its kind says; a preprint has none (its server is the publisher), nor
/// does a venue whose kind is unknown, which no tag fits. The dates are the paper's, and only when known: no tag carries
/// the digest day, which Zotero would otherwise take for the paper's date. A preprint also carries Dublin Core's
/// <c>dcterms.type</c>, the one tag Zotero reads its item type from when no venue tag names one.
/// </summary>
internal static class HighwireMeta
{
    public static IReadOnlyList<MetaTag> Tags(Paper paper, SiteConfig site) => Tags(Citation.For(paper, site));

    public static IReadOnlyList<MetaTag> Tags(Citation citation)
    {
        var tags = new List<MetaTag>();
        MetaTags.Add(tags, "citation_title", citation.Title);
        foreach (var author in citation.Authors)
        {
            MetaTags.Add(tags, "citation_author", AuthorName.LastFirst(CitationText.Flatten(author.Name)));
            MetaTags.Add(tags, "citation_author_orcid", author.OrcidUrl);
        }

        var date = citation.Issued?.Slashed;
        MetaTags.Add(tags, "citation_publication_date", date);
        MetaTags.Add(tags, "citation_date", date);
        var venueTag = citation.Kind switch
        {
            CitationKind.Article => "citation_journal_title",
            CitationKind.ProceedingsPaper => "citation_conference_title",
            CitationKind.Chapter => "citation_inbook_title",
            CitationKind.Thesis => "citation_dissertation_institution",
            _ => null,
        };
        if (venueTag is not null)
        {
            MetaTags.Add(tags, venueTag, citation.Venue);
            MetaTags.Add(tags, "citation_volume", citation.Volume);
            MetaTags.Add(tags, "citation_issue", citation.Issue);
            MetaTags.Add(tags, "citation_firstpage", citation.FirstPage);
            MetaTags.Add(tags, "citation_lastpage", citation.LastPage);
        }

        // Highwire has no tag that says "preprint": Dublin Core's type does, and Zotero reads it when no venue tag
        // names the kind (else it guesses a journal article from the title alone).
        if (citation.Kind is CitationKind.Preprint)
        {
            MetaTags.Add(tags, "dcterms.type", "preprint");
        }

        MetaTags.Add(tags, "citation_publisher", citation.Publisher ?? citation.Repository);
        MetaTags.Add(tags, "citation_doi", citation.Doi);
        MetaTags.Add(tags, "citation_arxiv_id", citation.Arxiv);
        MetaTags.Add(tags, "citation_pdf_url", citation.PdfUrl);
        MetaTags.Add(tags, "citation_abstract_html_url", citation.PageUrl);
        return tags;
    }
}
