using PaperDigest.Content;

namespace PaperDigest.Citations;

/// <summary>Google Scholar's Highwire Press <c>citation_*</c> tags for a paper page, in arXiv's conventions.</summary>
public static class HighwireMeta
{
    public static IReadOnlyList<MetaTag> Tags(Paper paper, SiteConfig site)
    {
        var tags = new List<MetaTag>();
        MetaTags.Add(tags, "citation_title", paper.Title);
        foreach (var author in paper.Authors)
        {
            MetaTags.Add(tags, "citation_author", AuthorName.LastFirst(CitationText.Flatten(author)));
        }

        var date = CitationDates.PublicationDate(paper, '/');
        MetaTags.Add(tags, "citation_date", date);
        MetaTags.Add(tags, "citation_publication_date", date);
        MetaTags.Add(tags, "citation_online_date", CitationDates.Slashed(paper.Date));
        MetaTags.Add(tags, "citation_journal_title", paper.Venue);
        MetaTags.Add(tags, "citation_doi", paper.Doi);
        MetaTags.Add(tags, "citation_arxiv_id", paper.Arxiv is null ? null : ArxivId.Bare(paper.Arxiv));
        MetaTags.Add(tags, "citation_pdf_url", paper.PdfUrl);
        MetaTags.Add(tags, "citation_abstract_html_url", site.AbsoluteUrl(paper.Path));
        return tags;
    }
}
