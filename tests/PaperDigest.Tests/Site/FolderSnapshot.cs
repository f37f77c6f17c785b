namespace PaperDigest.Tests.Site;

/// <summary>Every file of a folder (hidden ones too) and its bytes, to compare a folder before and after, or two builds.</summary>
internal sealed class FolderSnapshot
{
    private FolderSnapshot(SortedDictionary<string, byte[]> files) => Files = files;

    public SortedDictionary<string, byte[]> Files { get; }

    public static FolderSnapshot Take(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return new FolderSnapshot(files);
    }

    /// <summary>Fails, naming the files, unless both snapshots hold the same files with the same bytes.</summary>
    public static void AssertIdentical(FolderSnapshot expected, FolderSnapshot actual, string what)
    {
        var missing = expected.Files.Keys.Except(actual.Files.Keys, StringComparer.Ordinal).ToList();
        var added = actual.Files.Keys.Except(expected.Files.Keys, StringComparer.Ordinal).ToList();
        var changed = expected.Files.Keys.Intersect(actual.Files.Keys, StringComparer.Ordinal)
            .Where(f => !expected.Files[f].AsSpan().SequenceEqual(actual.Files[f]))
            .ToList();
        Assert.True(missing.Count == 0 && added.Count == 0 && changed.Count == 0,
            $"{what}: {missing.Count} files missing, {added.Count} added, {changed.Count} changed\n"
            + string.Join('\n', missing.Select(f => "- " + f).Concat(added.Select(f => "+ " + f)).Concat(changed.Select(f => "~ " + f)).Take(40)));
    }
}
