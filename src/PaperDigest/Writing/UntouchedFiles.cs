using PaperDigest.Incremental;

namespace PaperDigest.Writing;

/// <summary>
/// Whether each file of a manifest is still in the output folder as that build left it (same size and
/// modification time). Once started, background threads check them all in manifest order while the build reads and
/// indexes the digest, so a kept file mostly costs a look-up; a file not yet checked when asked about is checked by
/// the caller. A file changed after its check is kept with the record of the file as it was, so the next build finds
/// it changed and puts it back.
/// </summary>
/// <remarks>
/// A look at a file whose inode is cached costs a few microseconds of CPU; one whose inode left the cache waits for
/// the disk. Several checkers keep several such reads in flight, which a disk serves much faster than one at a time,
/// and cost nothing more when the inodes are cached: the checks are the same, only spread over more threads.
/// </remarks>
internal sealed class UntouchedFiles
{
    private const byte Unknown = 0;
    private const byte Untouched = 1;
    private const byte Touched = 2;

    /// <summary>How many files a checker claims at a time, in manifest order (files of one folder are together).</summary>
    private const int Block = 128;

    /// <summary>How many threads check the files; they mostly wait for the disk, if at all.</summary>
    private const int Checkers = 8;

    private readonly OutputManifest manifest;
    private readonly byte[] states;
    private readonly int checkers;
    private Thread[]? started;
    private int claimed;
    private volatile bool stopped;

    private UntouchedFiles(string folder, OutputManifest manifest)
    {
        Folder = folder;
        this.manifest = manifest;
        states = new byte[manifest.Files.Count];
        checkers = Math.Min(Checkers, (states.Length + Block - 1) / Block);
    }

    /// <summary>The full path of the output folder the files are checked in.</summary>
    public string Folder { get; }

    /// <summary>Checks on demand only, until <see cref="All"/> is asked.</summary>
    public static UntouchedFiles For(string folder, OutputManifest manifest) => new(folder, manifest);

    /// <summary>Checks on demand, and every file in the background from now on.</summary>
    public static UntouchedFiles Start(string folder, OutputManifest manifest)
    {
        var files = new UntouchedFiles(folder, manifest);
        // The manifest's index of paths is made meanwhile too, before the build's first look-up would wait for it.
        new Thread(() => manifest.IndexOf(string.Empty)) { IsBackground = true, Name = "Output manifest index" }.Start();
        files.StartCheckers();
        return files;
    }

    /// <summary>Whether file <paramref name="index"/> of the manifest is as its build left it.</summary>
    public bool IsUntouched(int index)
    {
        var state = Volatile.Read(ref states[index]);
        return (state == Unknown ? Check(index) : state) == Untouched;
    }

    /// <summary>Whether every file of the manifest is as its build left it.</summary>
    public bool All()
    {
        foreach (var checker in StartCheckers())
        {
            checker.Join();
        }

        // Files a stopped check left unknown are looked at here.
        for (var i = 0; i < states.Length; i++)
        {
            if (!IsUntouched(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ends the background checks; the build no longer needs them.</summary>
    public void Stop() => stopped = true;

    /// <summary>Starts the checkers, once; the threads started.</summary>
    private Thread[] StartCheckers()
    {
        lock (states)
        {
            if (started is null)
            {
                // Threads of their own rather than the pool's, which the build's parallel stages keep busy.
                started = [.. Enumerable.Range(0, checkers).Select(_ => new Thread(CheckBlocks) { IsBackground = true, Name = "Output folder check" })];
                foreach (var checker in started)
                {
                    checker.Start();
                }
            }

            return started;
        }
    }

    private void CheckBlocks()
    {
        while (!stopped)
        {
            var start = Interlocked.Add(ref claimed, Block) - Block;
            if (start >= states.Length)
            {
                return;
            }

            for (var i = start; i < Math.Min(start + Block, states.Length) && !stopped; i++)
            {
                if (Volatile.Read(ref states[i]) == Unknown)
                {
                    Check(i);
                }
            }
        }
    }

    private byte Check(int index)
    {
        var (path, record) = manifest.FileAt(index);
        var info = new FileInfo(Path.Join(Folder, path));
        var state = info.Exists && info.Length == record.Length && info.LastWriteTimeUtc.Ticks == record.WriteTicks ? Untouched : Touched;
        Volatile.Write(ref states[index], state);
        return state;
    }
}
