using System.Globalization;
using System.Text;

namespace PaperDigest.Benchmarks;

/// <summary>One generated tag: its slug, display name and description.</summary>
internal sealed record SyntheticTag(string Slug, string Name, string Description);

/// <summary>One generated paper entry, kept in memory so the same entries can be written for PaperDigest and for Hugo.</summary>
internal sealed record SyntheticEntry(
    string Arxiv,
    string Title,
    IReadOnlyList<string> Authors,
    DateOnly Date,
    DateOnly Published,
    IReadOnlyList<string> Tags,
    string? Tldr,
    string? Doi,
    string? Venue,
    string Body);

/// <summary>A whole generated digest.</summary>
internal sealed record SyntheticDigest(int PageSize, int FeedItems, IReadOnlyList<SyntheticTag> Tags, IReadOnlyList<SyntheticEntry> Entries)
{
    public const string Title = "Synthetic Digest";
    public const string Description = "A generated digest of research papers used to measure build performance.";
    public const string BaseUrl = "https://bench.example.org/";
}

/// <summary>
/// Generates a deterministic synthetic digest: the same N and seed always give byte-identical files. About ten
/// papers per digest day going back from 2025-06-01, 1–4 tags each drawn from ~300 tags with a Zipf-like skew,
/// 1–8 authors, 3–5 paragraphs (some with inline math) and a tldr on about half of them.
/// </summary>
internal static class DigestGenerator
{
    public const int DefaultSeed = 20250601;
    public const int TagCount = 300;
    private static readonly DateOnly LastDay = new(2025, 6, 1);

    private static readonly string[] TagPrefixes =
    [
        "graph", "neural", "bayesian", "quantum", "stochastic", "equivariant", "generative", "sparse", "causal", "geometric",
        "probabilistic", "contrastive", "molecular", "protein", "climate", "fluid", "lattice", "spectral", "kernel", "symbolic",
    ];

    private static readonly string[] TagNouns =
    [
        "networks", "inference", "dynamics", "optimisation", "sampling", "representations", "simulation", "operators", "transport",
        "control", "kinetics", "materials", "design", "benchmarks", "potentials", "fields", "chemistry", "physics", "biology", "models",
    ];

    private static readonly string[] Methods =
    [
        "Diffusion Models", "Graph Neural Networks", "Transformers", "Normalising Flows", "Neural Operators", "Gaussian Processes",
        "Variational Autoencoders", "Equivariant Networks", "Score Matching", "Energy-Based Models", "Message Passing",
        "Reinforcement Learning", "Bayesian Optimisation", "Kernel Methods", "Physics-Informed Networks", "Contrastive Learning",
    ];

    private static readonly string[] Tasks =
    [
        "Protein Folding", "Molecular Dynamics", "Weather Forecasting", "Crystal Structure Prediction", "Turbulence Modelling",
        "Catalyst Discovery", "Drug Design", "Phase Transitions", "Quantum Many-Body Problems", "Gene Regulation",
        "Active Matter", "Climate Emulation", "Inverse Design", "Free-Energy Estimation", "Spin Glasses", "Fluid Flows",
    ];

    private static readonly string[] Adjectives =
    [
        "Scalable", "Robust", "Efficient", "Symmetry-Aware", "Data-Efficient", "Interpretable", "Multiscale", "Adaptive",
        "Differentiable", "Uncertainty-Aware", "Hierarchical", "Self-Supervised", "Universal", "Conditional", "Local", "Fast",
    ];

    private static readonly string[] Nicknames =
    [
        "FlowNet", "Atlas", "Mosaic", "Helix", "Prism", "Quill", "Orbit", "Lumen", "Vortex", "Cascade", "Nexus", "Tessera",
    ];

    private static readonly string[] FirstNames =
    [
        "Ada", "Amir", "Anna", "Bo", "Carlos", "Chen", "Daniela", "David", "Elena", "Emeka", "Fatima", "Felix", "Hannah", "Hiroshi",
        "Ingrid", "Jamal", "Jia", "Jonas", "Kavya", "Lars", "Léa", "Lucía", "Marco", "Mei", "Mira", "Nadia", "Olaf", "Priya",
        "Rafael", "Sara", "Søren", "Tomás", "Wei", "Yusuf", "Zoë", "Ólafur",
    ];

    private static readonly string[] LastNames =
    [
        "Andersen", "Bauer", "Chanussot", "Das", "Eriksson", "Fernández", "Garcia", "Halvorsen", "Ito", "Jensen", "Kim", "Kowalski",
        "Li", "Martin", "Müller", "Nakamura", "Nguyen", "Okonkwo", "Patel", "Qureshi", "Raman", "Rossi", "Schmidt", "Singh",
        "Tanaka", "Tran", "Ulissi", "Virgo", "Wang", "Witkowski", "Yoon", "Zhang",
    ];

    private static readonly string[] Venues =
    [
        "NeurIPS", "ICML", "ICLR", "Physical Review Letters", "Physical Review E", "Nature Communications", "Journal of Chemical Physics",
        "PNAS", "Science Advances", "Machine Learning: Science and Technology",
    ];

    private static readonly string[] Subjects =
    [
        "The authors", "This paper", "The model", "Their method", "The proposed estimator", "The architecture", "A simple baseline",
        "The training objective", "The benchmark", "The analysis",
    ];

    private static readonly string[] Verbs =
    [
        "improves on", "generalises", "reinterprets", "scales up", "simplifies", "connects", "revisits", "stabilises", "accelerates",
        "extends", "challenges", "unifies",
    ];

    private static readonly string[] Objects =
    [
        "earlier work on coarse-grained force fields", "the usual message-passing recipe", "a long line of sampling methods",
        "the standard variational bound", "classical density functional theory", "the idea of learned priors",
        "transfer across chemical space", "the trade-off between accuracy and cost", "the treatment of long-range interactions",
        "the evaluation protocol most papers follow", "the link between symmetry and sample efficiency", "uncertainty estimates in simulation",
    ];

    private static readonly string[] Tails =
    [
        "and the gains hold across every dataset tried", "though the largest systems remain out of reach",
        "with a careful ablation of each component", "at a fraction of the usual computational cost",
        "which makes the result easy to reproduce", "but the comparison to strong baselines is thin",
        "and the code is released alongside the paper", "while keeping the physical constraints exact",
    ];

    private static readonly string[] Maths =
    [
        "$x^2$", "$\\alpha = 0.1$", "$O(n \\log n)$", "$p(x \\mid z)$", "$\\nabla_\\theta L$", "$\\sum_i w_i = 1$", "$E = mc^2$",
        "$\\sigma^2$", "$k_B T$", "$\\lambda \\to 0$",
    ];

    private static readonly string[] Headings = ["Why it matters", "Caveats", "How it works", "What to read next"];

    public static SyntheticDigest Generate(int entries, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var tags = MakeTags(random);
        var cumulative = ZipfCumulative(tags.Count, 1.1);
        var list = new List<SyntheticEntry>(entries);
        var perMonth = new Dictionary<int, int>();
        var day = LastDay;
        var leftToday = random.Next(7, 14);
        for (var i = 0; i < entries; i++)
        {
            if (leftToday == 0)
            {
                day = day.AddDays(-1);
                leftToday = random.Next(7, 14);
            }

            leftToday--;
            var published = day.AddDays(-random.Next(1, 400));
            var monthKey = (published.Year % 100 * 100) + published.Month;
            var number = perMonth.TryGetValue(monthKey, out var n) ? n + 1 : random.Next(100, 900);
            perMonth[monthKey] = number;
            var arxiv = string.Create(CultureInfo.InvariantCulture, $"{monthKey:0000}.{number:00000}");

            var authorCount = random.Next(1, 9);
            var authors = new List<string>(authorCount);
            while (authors.Count < authorCount)
            {
                var name = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
                if (!authors.Contains(name))
                {
                    authors.Add(name);
                }
            }

            var tagCount = random.Next(1, 5);
            var chosen = new List<string>(tagCount);
            while (chosen.Count < tagCount)
            {
                var slug = tags[SampleIndex(random, cumulative)].Slug;
                if (!chosen.Contains(slug))
                {
                    chosen.Add(slug);
                }
            }

            var title = MakeTitle(random);
            var tldr = random.Next(2) == 0 ? $"{Sentence(random)} {Sentence(random)}" : null;
            var doi = random.Next(5) == 0 ? string.Create(CultureInfo.InvariantCulture, $"10.{random.Next(1000, 9999)}/bench.{i}") : null;
            var venue = random.Next(3) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{Pick(random, Venues)} ({published.Year})") : null;
            list.Add(new SyntheticEntry(arxiv, title, authors, day, published, chosen, tldr, doi, venue, MakeBody(random)));
        }

        return new SyntheticDigest(10, 50, tags, list);
    }

    /// <summary>Where an entry lives inside the digest folder.</summary>
    public static string RelativePath(SyntheticEntry entry) =>
        Path.Combine("papers", entry.Date.Year.ToString(CultureInfo.InvariantCulture), entry.Arxiv + ".md");

    /// <summary>Writes site.yml, tags.yml and papers/YYYY/*.md into <paramref name="folder"/>, which is emptied first.</summary>
    public static void WritePaperDigest(SyntheticDigest digest, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.yml"), string.Create(CultureInfo.InvariantCulture, $"""
            title: {SyntheticDigest.Title}
            description: {SyntheticDigest.Description}
            base_url: {SyntheticDigest.BaseUrl}
            language: en
            timezone: UTC
            page_size: {digest.PageSize}
            feed_items: {digest.FeedItems}
            editors: [Mira Okonkwo, Jonas Halvorsen]

            """));

        var tags = new StringBuilder();
        foreach (var tag in digest.Tags)
        {
            tags.Append(tag.Slug).Append(":\n  name: \"").Append(tag.Name).Append("\"\n  description: \"").Append(tag.Description).Append("\"\n");
        }

        File.WriteAllText(Path.Combine(folder, "tags.yml"), tags.ToString());

        foreach (var entry in digest.Entries)
        {
            var path = Path.Combine(folder, RelativePath(entry));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, PaperDigestEntry(entry));
        }
    }

    private static string PaperDigestEntry(SyntheticEntry entry)
    {
        var text = new StringBuilder(4096);
        text.Append("---\n");
        text.Append("title: \"").Append(entry.Title).Append("\"\n");
        text.Append("authors: [").AppendJoin(", ", entry.Authors).Append("]\n");
        text.Append("date: ").Append(entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("tags: [").AppendJoin(", ", entry.Tags).Append("]\n");
        AppendPaperFields(text, entry);
        return text.ToString();
    }

    /// <summary>The front matter both generators share, from <c>arxiv</c> on, then the closing fence and the body.</summary>
    internal static void AppendPaperFields(StringBuilder text, SyntheticEntry entry)
    {
        text.Append("arxiv: \"").Append(entry.Arxiv).Append("\"\n");
        text.Append("published: ").Append(entry.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (entry.Doi is not null)
        {
            text.Append("doi: \"").Append(entry.Doi).Append("\"\n");
        }

        if (entry.Venue is not null)
        {
            text.Append("venue: \"").Append(entry.Venue).Append("\"\n");
        }

        if (entry.Tldr is not null)
        {
            text.Append("tldr: \"").Append(entry.Tldr).Append("\"\n");
        }

        text.Append("---\n").Append(entry.Body);
    }

    private static List<SyntheticTag> MakeTags(Random random)
    {
        var all = new List<(string Prefix, string Noun)>();
        foreach (var prefix in TagPrefixes)
        {
            foreach (var noun in TagNouns)
            {
                all.Add((prefix, noun));
            }
        }

        // A seeded Fisher–Yates shuffle, so which tags are popular does not follow the alphabet.
        for (var i = all.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (all[i], all[j]) = (all[j], all[i]);
        }

        return [.. all.Take(TagCount).Select(pair =>
        {
            var name = $"{Capitalise(pair.Prefix)} {Capitalise(pair.Noun)}";
            return new SyntheticTag($"{pair.Prefix}-{pair.Noun}", name, $"Papers on {pair.Prefix} {pair.Noun}, from theory to applications in the sciences.");
        })];
    }

    private static double[] ZipfCumulative(int count, double exponent)
    {
        var cumulative = new double[count];
        var sum = 0.0;
        for (var k = 0; k < count; k++)
        {
            sum += 1.0 / Math.Pow(k + 1, exponent);
            cumulative[k] = sum;
        }

        return cumulative;
    }

    private static int SampleIndex(Random random, double[] cumulative)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static string MakeTitle(Random random) => random.Next(5) switch
    {
        0 => $"{Pick(random, Methods)} for {Pick(random, Tasks)}",
        1 => $"{Pick(random, Adjectives)} {Pick(random, Methods)} for {Pick(random, Tasks)}",
        2 => $"On the Limits of {Pick(random, Methods)} in {Pick(random, Tasks)}",
        3 => $"{Pick(random, Nicknames)}: {Pick(random, Adjectives)} {Pick(random, Methods)} at Scale",
        _ => $"Learning {Pick(random, Tasks)} with {Pick(random, Adjectives)} {Pick(random, Methods)}",
    };

    private static string MakeBody(Random random)
    {
        var text = new StringBuilder(3000);
        var paragraphs = random.Next(3, 6);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p == paragraphs - 1 && random.Next(3) == 0)
            {
                text.Append("## ").Append(Pick(random, Headings)).Append("\n\n");
            }

            var sentences = random.Next(4, 8);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                text.Append(Sentence(random));
                if (random.Next(8) == 0)
                {
                    text.Length--;
                    text.Append(", with ").Append(Pick(random, Maths)).Append('.');
                }
            }

            text.Append("\n\n");
        }

        text.Length--;
        return text.ToString();
    }

    private static string Sentence(Random random) =>
        $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)}, {Pick(random, Tails)}.";

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
