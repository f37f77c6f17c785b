using PaperDigest.Incremental;

namespace PaperDigest.Writing;

/// <summary>
/// Whether each file of a manifest is still in the output folder as that build left it (same size and
/// modification time). Once started, a background thread checks them all in manifest order while the build
/// reads and indexes the digest, so a kept file mostly costs a look-up; a file not yet checked when asked about is
/// checked by the caller. A file changed after its check is kept with the record of the file as it was, so the
/// next build finds it changed and puts it back.
/// </summary>
internal sealed class UntouchedFiles
{
    private const byte Unknown = 0;
    private const byte Untouched = 1;
    private const byte Touched = 2;

    private readonly OutputManifest manifest;
    private readonly byte[] states;
    private volatile bool stopped;

    private UntouchedFiles(string folder, OutputManifest manifest)
    {
        Folder = folder;
        this.manifest = manifest;
        states = new byte[manifest.Files.Count];
    }

    /// <summary>The full path of the output folder the files are checked in.</summary>
    public string Folder { get; }

    /// <summary>Checks on demand only.</summary>
    public static UntouchedFiles For(string folder, OutputManifest manifest) => new(folder, manifest);

    /// <summary>Checks on demand, and every file in the background from now on.</summary>
    public static UntouchedFiles Start(string folder, OutputManifest manifest)
    {
        var files = new UntouchedFiles(folder, manifest);
        // A thread of its own rather than the pool's, which the build's parallel stages keep busy.
        new Thread(files.CheckAll) { IsBackground = true, Name = "Output folder check" }.Start();
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
        var all = true;
        Parallel.For(0, states.Length, (i, loop) =>
        {
            if (!IsUntouched(i))
            {
                all = false;
                loop.Stop();
            }
        });
        return all;
    }

    /// <summary>Ends the background checks; the build no longer needs them.</summary>
    public void Stop() => stopped = true;

    private void CheckAll()
    {
        // The manifest's index of paths is made here too, before the build's first look-up would wait for it.
        manifest.IndexOf(string.Empty);
        for (var i = 0; i < states.Length && !stopped; i++)
        {
            if (Volatile.Read(ref states[i]) == Unknown)
            {
                Check(i);
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
