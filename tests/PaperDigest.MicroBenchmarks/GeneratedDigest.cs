using PaperDigest.Benchmarks;
using PaperDigest.Building;
using PaperDigest.Diagnostics;
using PaperDigest.Emitting;
using PaperDigest.Indexing;
using PaperDigest.Theming;

namespace PaperDigest.MicroBenchmarks;

/// <summary>
/// A synthetic digest (<see cref="DigestGenerator"/>) written to a temporary folder and taken through the public
/// pipeline as <see cref="SiteBuilder"/> does (load, render, index, theme), so each benchmark gets the inputs a real build gives.
/// </summary>
internal sealed class GeneratedDigest
{
    public const int EntryCount = 200;

    private GeneratedDigest(string folder, string entryPath, DigestContent content, SiteModel model, Theme theme)
    {
        Folder = folder;
        EntryPath = entryPath;
        Content = content;
        Model = model;
        Theme = theme;
        Views = ViewFactory.For(model, hasFavicon: false);
    }

    /// <summary>The temporary folder; the digest's input is in <see cref="InputRoot"/>.</summary>
    public string Folder { get; }

    public string InputRoot => Path.Combine(Folder, "input");

    /// <summary>The entry single-entry benchmarks use: a tldr, a venue, three or more authors and inline math.</summary>
    public string EntryPath { get; }

    public DigestContent Content { get; }

    public SiteModel Model { get; }

    public Theme Theme { get; }

    public ViewFactory Views { get; }

    public static GeneratedDigest Create()
    {
        var synthetic = DigestGenerator.Generate(EntryCount);
        var folder = Path.Combine(Path.GetTempPath(), $"paperdigest-micro-{Environment.ProcessId}");
        var input = Path.Combine(folder, "input");
        DigestGenerator.WritePaperDigest(synthetic, input);
        var entry = synthetic.Entries.First(e => e.Tldr is not null && e.Venue is not null && e.Authors.Count >= 3 && e.Body.Contains('$', StringComparison.Ordinal));

        var options = new BuildOptions(input, RepoFolders.Theme, Path.Combine(folder, "output"), Today: new DateOnly(2025, 6, 1));
        // The write-ups stay readable for as long as the process runs (paper pages read them).
        var (content, model, loaded) = SiteBuilder.Index(options, entries: PaperDigest.Incremental.EntryCache.Uncached());
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(options.ThemeRoot, content?.Site.BasePath ?? "/", diagnostics);
        if (content is null || model is null || theme is null || loaded.Any(d => d.IsError) || diagnostics.HasErrors)
        {
            throw new InvalidOperationException($"the generated digest does not build: {string.Join("; ", loaded.Concat(diagnostics.Items).Select(d => d.ToString()))}");
        }

        return new GeneratedDigest(folder, DigestGenerator.RelativePath(entry).Replace('\\', '/'), content, model, theme);
    }

    public void Delete()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
