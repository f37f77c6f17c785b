using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>
/// Google Scholar's Highwire Press <c>citation_*</c> tags for a paper page, in arXiv's conventions: one
/// <c>citation_author</c> per known author (followed by <c>citation_author_orcid</c> when the entry gives one); an
/// incomplete list gives its known authors, as the tags have no "et al.".
/// </summary>
internal static class HighwireMeta
{
    public static IReadOnlyList<MetaTag> Tags(Paper paper, SiteConfig site)
    {
        var tags = new List<MetaTag>();
        MetaTags.Add(tags, "citation_title", paper.Title);
        foreach (var author in paper.Authors)
        {
            MetaTags.Add(tags, "citation_author", AuthorName.LastFirst(CitationText.Flatten(author.Name)));
            MetaTags.Add(tags, "citation_author_orcid", author.OrcidUrl);
        }

        var date = CitationDates.PublicationDate(paper, '/');
        MetaTags.Add(tags, "citation_date", date);
        MetaTags.Add(tags, "citation_publication_date", date);
        MetaTags.Add(tags, "citation_online_date", CitationDates.Slashed(paper.Date));
        var venue = paper.Venue;
        var proceedings = venue?.Kind is VenueKind.Conference or VenueKind.Workshop;
        MetaTags.Add(tags, proceedings ? "citation_conference_title" : "citation_journal_title", venue?.Name);
        MetaTags.Add(tags, "citation_volume", venue?.Volume);
        MetaTags.Add(tags, "citation_issue", venue?.Issue);
        MetaTags.Add(tags, "citation_firstpage", venue?.PageRange?.First);
        MetaTags.Add(tags, "citation_lastpage", venue?.PageRange?.Last);
        MetaTags.Add(tags, "citation_publisher", venue?.Publisher);
        MetaTags.Add(tags, "citation_doi", paper.Doi);
        MetaTags.Add(tags, "citation_arxiv_id", paper.Arxiv is null ? null : ArxivId.Bare(paper.Arxiv));
        MetaTags.Add(tags, "citation_pdf_url", paper.PdfUrl);
        MetaTags.Add(tags, "citation_abstract_html_url", site.AbsoluteUrl(paper.Path));
        return tags;
    }
}
