using System.Text;
using PaperDigest.Theming.Views;

namespace PaperDigest.Newsletter;

/// <summary>The plain-text alternative of a weekly e-mail: the same papers, wrapped at 72 columns, URLs on lines of their own.</summary>
internal static class NewsletterText
{
    private const int Width = 72;

    public static string Write(NewsletterView view)
    {
        var text = new StringBuilder();
        text.Append(view.Title).Append('\n').Append(new string('=', Math.Min(Width, view.Title.Length))).Append("\n\n");
        text.Append(view.Heading).Append('\n');
        text.Append("Read on the web: ").Append(view.WebUrl).Append("\n\n");
        foreach (var day in view.Days)
        {
            text.Append(day.DateText).Append('\n').Append(new string('-', Math.Min(Width, day.DateText.Length))).Append("\n\n");
            foreach (var paper in day.Papers)
            {
                Wrap(text, paper.Title, "* ", "  ");
                if (paper.Authors.Length > 0)
                {
                    Wrap(text, paper.Authors + (paper.Venue is null ? "" : " · " + paper.Venue), "  ", "  ");
                }

                text.Append('\n');
                Wrap(text, paper.Summary, "  ", "  ");
                text.Append('\n');
                text.Append("  Read: ").Append(paper.Url).Append('\n');
                Link(text, "arXiv", paper.ArxivUrl);
                Link(text, "PDF", paper.PdfUrl);
                Link(text, "Code", paper.CodeUrl);
                if (paper.Tags.Length > 0)
                {
                    Wrap(text, "Tags: " + paper.Tags, "  ", "  ");
                }

                text.Append('\n');
            }
        }

        text.Append("--\n").Append(view.SiteTitle).Append(" · ").Append(view.SiteUrl).Append('\n');
        text.Append("Follow by feed: ").Append(view.FeedUrl).Append('\n');
        return text.ToString();
    }

    private static void Link(StringBuilder text, string label, string? url)
    {
        if (url is not null)
        {
            text.Append("  ").Append(label).Append(": ").Append(url).Append('\n');
        }
    }

    /// <summary>Greedy word wrap; a word longer than the line stays whole.</summary>
    private static void Wrap(StringBuilder text, string paragraph, string first, string rest)
    {
        var line = new StringBuilder(first);
        var prefix = first.Length;
        foreach (var word in paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > prefix && line.Length + 1 + word.Length > Width)
            {
                text.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(rest);
                prefix = rest.Length;
            }

            if (line.Length > prefix)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
