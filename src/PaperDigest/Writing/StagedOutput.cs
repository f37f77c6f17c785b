using System.Collections.Concurrent;
using System.Text;

namespace PaperDigest.Writing;

/// <summary>
/// Writes the new site into a staging folder beside the output folder and swaps it in only when the build
/// completes, so a failed or killed build leaves the previous output exactly as it was. Safe to write to
/// from many threads; refuses two writes to one path and any path that would leave the staging folder.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    /// <summary>A file in every output folder PaperDigest makes, so it never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".paperdigest-output";

    private const string StagingInfix = ".pd-staging-";
    private const string RetiredInfix = ".pd-retired-";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentDictionary<string, byte> written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> folders = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<SitemapEntry> pages = [];
    private readonly ConcurrentDictionary<string, byte> inlineStyles = new(StringComparer.Ordinal);
    private readonly string output;
    private bool committed;

    private StagedOutput(string output, string staging)
    {
        this.output = output;
        Staging = staging;
    }

    public string Staging { get; }

    public int FileCount => written.Count;

    /// <summary>HTML pages written so far, for the sitemap.</summary>
    public IReadOnlyCollection<SitemapEntry> Pages => pages;

    /// <summary>
    /// Inline <c>style</c> attribute values written so far (only the e-mail editions have any), so the
    /// Content-Security-Policy can allow exactly these by hash.
    /// </summary>
    public IEnumerable<string> InlineStyles => inlineStyles.Keys.Order(StringComparer.Ordinal);

    public void AddInlineStyles(IEnumerable<string> styles)
    {
        foreach (var style in styles)
        {
            inlineStyles.TryAdd(style, 0);
        }
    }

    /// <summary>
    /// Whether <paramref name="output"/> may be replaced: it does not exist, is empty, or holds the marker of an
    /// earlier build.
    /// </summary>
    public static bool CanReplace(string output) =>
        !Directory.Exists(output)
        || !Directory.EnumerateFileSystemEntries(output).Any()
        || File.Exists(Path.Combine(output, MarkerFile));

    /// <summary>Starts a staging folder for <paramref name="output"/>, first removing any a killed build left behind.</summary>
    public static StagedOutput Begin(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new IOException("the output folder cannot be the root of the file system");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        var retired = Directory.EnumerateDirectories(parent, $".{name}{RetiredInfix}*").ToList();
        if (!Directory.Exists(full) && retired.Count == 1)
        {
            // A build was killed between its two renames: the retired folder is the last complete site.
            Directory.Move(retired[0], full);
        }

        foreach (var stale in Directory.EnumerateDirectories(parent, $".{name}{StagingInfix}*")
                     .Concat(Directory.EnumerateDirectories(parent, $".{name}{RetiredInfix}*")))
        {
            TryDelete(stale);
        }

        var staging = Path.Combine(parent, $".{name}{StagingInfix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..^24]);
        Directory.CreateDirectory(staging);
        File.WriteAllBytes(Path.Combine(staging, MarkerFile), []);
        return new StagedOutput(full, staging);
    }

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        // One open and one write per file: no FileStream buffer, no seek (file locking is off in the CLI's runtime config).
        using var handle = File.OpenHandle(Claim(relativePath), FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    public void CopyFile(string sourcePath, string relativePath) => File.Copy(sourcePath, Claim(relativePath));

    /// <summary>Writes an HTML page at a site path such as <c>/papers/x/</c> (as <c>papers/x/index.html</c>) and lists it in the sitemap.</summary>
    public void WritePage(string sitePath, string html, DateOnly? lastModified = null, bool inSitemap = true)
    {
        var relative = sitePath.EndsWith('/') ? sitePath.TrimStart('/') + "index.html" : sitePath.TrimStart('/');
        WriteText(relative, html);
        if (inSitemap)
        {
            pages.Add(new SitemapEntry(sitePath, lastModified));
        }
    }

    /// <summary>Swaps the staging folder in as the output folder.</summary>
    public void Commit()
    {
        string? retired = null;
        if (Directory.Exists(output))
        {
            retired = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}{RetiredInfix}{Guid.NewGuid():N}"[..^24]);
            Directory.Move(output, retired);
        }

        Directory.Move(Staging, output);
        committed = true;
        if (retired is not null)
        {
            TryDelete(retired);
        }
    }

    /// <summary>Removes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!committed)
        {
            TryDelete(Staging);
        }
    }

    private string Claim(string relativePath)
    {
        var normalised = relativePath.Replace('\\', '/').TrimStart('/');
        if (normalised.Length == 0 || normalised.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw new IOException($"refusing to write '{relativePath}': not a plain path inside the output folder");
        }

        // No part is empty, "." or "..", so the joined path cannot leave the staging folder.
        var target = Path.Join(Staging, normalised);
        if (!written.TryAdd(normalised, 0))
        {
            throw new OutputConflictException(normalised);
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!folders.ContainsKey(folder))
        {
            // Marked only once made, so no other thread writes into a folder that does not exist yet.
            Directory.CreateDirectory(folder);
            folders.TryAdd(folder, 0);
        }

        return target;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover folder is removed by the next build; it never affects this one.
        }
    }
}
