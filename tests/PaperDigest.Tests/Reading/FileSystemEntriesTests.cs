using PaperDigest.Reading;

namespace PaperDigest.Tests.Reading;

/// <summary>What the build asks the file system of an input file, asked once.</summary>
public sealed class FileSystemEntriesTests
{
    [Fact]
    public void A_file_s_times_from_one_call_are_what_FileInfo_and_ChangeTicks_give()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("the times are asked of the system on Unix only");
        }

        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "entry.md");
        File.WriteAllText(path, "---\ntitle: x\n---\n");
        // A time with a fraction of a second, as an editor's save leaves, and one before 1970 with a fraction too.
        foreach (var time in new[] { new DateTime(2026, 12, 8, 3, 14, 15, DateTimeKind.Utc).AddTicks(9_265_358), new DateTime(1969, 7, 20, 20, 17, 40, DateTimeKind.Utc).AddTicks(1_234_567) })
        {
            File.SetLastWriteTimeUtc(path, time);
            var file = new FileInfo(path);
            Assert.Equal((file.Length, file.LastWriteTimeUtc.Ticks, FileSystemEntries.ChangeTicks(path)), FileSystemEntries.Times(path));
        }

        Assert.Null(FileSystemEntries.Times(Path.Combine(temp.Path, "missing.md")));
        Assert.Null(FileSystemEntries.Times(temp.Path));
    }
}
