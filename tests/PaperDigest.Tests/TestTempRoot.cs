namespace PaperDigest.Tests;

/// <summary>
/// Where the tests' temporary folders (<see cref="TempFolder"/>) are made: in <c>/dev/shm</c> when it is a memory file
/// system with room and allows running programs, else in the system temp folder. The suite creates and deletes hundreds
/// of thousands of files (copies of the sample, builds, clean builds to compare with); on ext4, finding a free inode
/// among many just deleted costs the kernel more than the build writing them: RandomEditTests took 48 s of processor
/// time with /tmp on ext4 (18 s of it in the kernel), 33 s in memory (3 s). What the tests check is the same on both.
/// <c>PAPERDIGEST_TEST_TEMP</c> names another folder.
/// </summary>
internal static class TestTempRoot
{
    private const string Memory = "/dev/shm";

    /// <summary>Room the suite needs at once: the installed tool package alone is about 1 GB.</summary>
    private const long NeededBytes = 4L << 30;

    public static string Path { get; } = Choose();

    private static string Choose()
    {
        if (Environment.GetEnvironmentVariable("PAPERDIGEST_TEST_TEMP") is { Length: > 0 } chosen)
        {
            Directory.CreateDirectory(chosen);
            return chosen;
        }

        if (!OperatingSystem.IsLinux() || !InMemoryWithRoom())
        {
            return System.IO.Path.GetTempPath();
        }

        // Shared like /tmp (sticky, open to all): tests run the command as another user, and other users run tests too.
        var root = System.IO.Path.Combine(Memory, "paperdigest-tests");
        if (!Directory.Exists(root))
        {
            Directory.CreateDirectory(root);
            File.SetUnixFileMode(root, (UnixFileMode)Convert.ToInt32("1777", 8));
        }

        return root;
    }

    private static bool InMemoryWithRoom()
    {
        try
        {
            var mount = File.ReadLines("/proc/self/mounts").Select(l => l.Split(' ')).LastOrDefault(f => f.Length > 3 && f[1] == Memory);
            return mount is not null
                && mount[2] == "tmpfs"
                && !mount[3].Split(',').Contains("noexec")
                && new DriveInfo(Memory).AvailableFreeSpace >= NeededBytes;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
