using System.Text;

namespace PaperDigest.Writing;

/// <summary>
/// The lock a run takes on an output folder, and so on the build cache, staging and retired folders beside it, so
/// that two runs (two builds, or a build and <c>serve</c>) never delete each other's work. It is an advisory lock
/// the operating system holds on the file <c>.NAME.pd-lock</c> beside the output folder, released when the run ends
/// however it ends (a <c>kill -9</c> included): the file's mere existence never blocks. The holder writes its
/// process id, command and start time into the file, so a run that finds it taken can say who has it.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private const string LockInfix = ".pd-lock";

    // The lock covers one byte far past the text, so a waiting run can still read who holds it where locks are mandatory (Windows).
    private const long LockedByte = 1L << 32;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly FileStream file;
    private bool held;

    private OutputLock(FileStream file)
    {
        this.file = file;
    }

    /// <summary>The lock file of <paramref name="output"/>: <c>.NAME.pd-lock</c> in the same folder.</summary>
    public static string PathFor(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}{LockInfix}");
    }

    /// <summary>Opens (creating if need be) the lock file of <paramref name="output"/> and its folder, without taking the lock.</summary>
    public static OutputLock Open(string output)
    {
        var path = PathFor(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0));
    }

    /// <summary>Takes the lock if no other run holds it, and writes <paramref name="self"/> into the file; never waits.</summary>
    /// <remarks>
    /// On Linux this is a POSIX record lock: it belongs to the process, and closing any other handle the process has
    /// on the same file would drop it; nothing else in a run opens the lock file.
    /// </remarks>
    public bool TryTake(LockHolder self)
    {
        if (held)
        {
            return true;
        }

        // macOS and FreeBSD have no byte-range locks in .NET: there a run goes ahead unguarded.
        if (!OperatingSystem.IsMacOS())
        {
            try
            {
                file.Lock(LockedByte, 1);
            }
            catch (IOException)
            {
                return false;
            }
            catch (PlatformNotSupportedException)
            {
            }
        }

        held = true;
        try
        {
            var text = Utf8.GetBytes(self.Serialise());
            file.SetLength(0);
            RandomAccess.Write(file.SafeFileHandle, text, 0);
        }
        catch (IOException)
        {
            // The lock is held all the same; a waiting run then names no holder.
        }

        return true;
    }

    /// <summary>Who the lock file says holds the lock; null when it is empty or garbled (the holder has just taken it, or ended).</summary>
    public LockHolder? Holder()
    {
        // Read through this handle: opening another one and closing it would drop a lock this process holds.
        var buffer = new byte[4096];
        var length = RandomAccess.Read(file.SafeFileHandle, buffer, 0);
        return LockHolder.Parse(Utf8.GetString(buffer, 0, length));
    }

    /// <summary>Empties the file (no run holds it now) and releases the lock; the file stays, so no run ever locks a file another has just deleted.</summary>
    public void Dispose()
    {
        if (held)
        {
            try
            {
                file.SetLength(0);
            }
            catch (IOException)
            {
                // The lock is released below all the same; a stale name in the file never blocks.
            }
        }

        file.Dispose();
    }
}
