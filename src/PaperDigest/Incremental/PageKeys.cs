using PaperDigest.Rendering;

namespace PaperDigest.Incremental;

/// <summary>
/// Makes the keys of output files from what they are made of: the site's stamp (configuration, tags, pages,
/// static files, theme, options) plus the versions of the papers they show. A file whose key is unchanged since
/// the last build is kept without being rendered. Emitters add everything else their output depends on
/// (page numbers, counts, neighbours).
/// </summary>
internal sealed class PageKeys
{
    private readonly Fingerprint site;
    private readonly IReadOnlyDictionary<string, Fingerprint> entries;

    public PageKeys(BuildStamp stamp)
    {
        site = stamp.Site;
        entries = stamp.Entries;
    }

    /// <summary>Starts the key of one output file of the given kind ("paper", "tag page"...).</summary>
    public KeyBuilder For(string kind) => new KeyBuilder(kind).Add(site);

    /// <summary>A paper's version: its entry file's content, and whether it is scheduled (which depends on the day of the build).</summary>
    public KeyBuilder Add(KeyBuilder key, RenderedPaper? rendered)
    {
        if (rendered is null)
        {
            return key.Add(-1);
        }

        var paper = rendered.Paper;
        return key.Add(entries.TryGetValue(paper.SourcePath, out var version) ? version : Fingerprint.None).Add(paper.Scheduled).Add(paper.Draft);
    }

    public KeyBuilder Add(KeyBuilder key, IEnumerable<RenderedPaper> papers)
    {
        var count = 0;
        foreach (var paper in papers)
        {
            Add(key, paper);
            count++;
        }

        return key.Add(count);
    }
}
