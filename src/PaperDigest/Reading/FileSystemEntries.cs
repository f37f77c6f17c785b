using System.Runtime.InteropServices;

namespace PaperDigest.Reading;

/// <summary>
/// Asks the file system what a path is without opening it (so a FIFO never blocks), and where it really leads.
/// On Unix it calls the .NET runtime's own native shim (<c>libSystem.Native</c>, the library <see cref="FileInfo"/>
/// itself uses), whose file status layout is the runtime's and the same on every Unix; elsewhere it reads attributes.
/// </summary>
internal static partial class FileSystemEntries
{
    private const int TypeMask = 0xF000;
    private const int TypeFifo = 0x1000;
    private const int TypeCharacterDevice = 0x2000;
    private const int TypeFolder = 0x4000;
    private const int TypeBlockDevice = 0x6000;
    private const int TypeRegular = 0x8000;
    private const int TypeLink = 0xA000;
    private const int ReadPermission = 4;

    /// <summary>What <paramref name="path"/> itself is: a link is reported as a link, not as what it points at.</summary>
    public static FileKind KindOf(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            return LStat(path, out var status) != 0 ? FileKind.Missing : KindOf(status.Mode);
        }

        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return FileKind.Missing;
        }

        var attributes = info.Attributes;
        return attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKind.SymbolicLink
            : attributes.HasFlag(FileAttributes.Directory) ? FileKind.Folder
            : attributes.HasFlag(FileAttributes.Device) ? FileKind.Special
            : FileKind.RegularFile;
    }

    /// <summary>The kind of what <paramref name="path"/> finally leads to, links followed.</summary>
    public static FileKind TargetKindOf(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            return Stat(path, out var status) != 0 ? FileKind.Missing : KindOf(status.Mode);
        }

        return File.Exists(path) ? FileKind.RegularFile : Directory.Exists(path) ? FileKind.Folder : FileKind.Missing;
    }

    /// <summary>A human name for a special file's kind, for messages.</summary>
    public static string Describe(string path)
    {
        if (OperatingSystem.IsWindows() || Stat(path, out var status) != 0)
        {
            return "not a regular file";
        }

        return (status.Mode & TypeMask) switch
        {
            TypeFifo => "a FIFO (named pipe)",
            TypeCharacterDevice => "a character device",
            TypeBlockDevice => "a block device",
            TypeFolder => "a folder",
            TypeRegular => "a regular file",
            _ => "a socket or other special file",
        };
    }

    /// <summary>
    /// The absolute path with every symbolic link resolved and no <c>.</c> or <c>..</c>; null if it does not exist
    /// or a link in it is broken or loops.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
            return File.Exists(target) || Directory.Exists(target) ? Path.GetFullPath(target) : null;
        }

        var resolved = NativeRealPath(full);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            NativeFree(resolved);
        }
    }

    /// <summary>Whether this process may read the file or list the folder (always true where that cannot be asked).</summary>
    public static bool CanRead(string path) =>
        OperatingSystem.IsWindows() || Access(path, ReadPermission) == 0;

    /// <summary>Whether <paramref name="path"/> (a real path) is <paramref name="root"/> (a real path) or lies below it.</summary>
    public static bool IsInside(string path, string root)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmed = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return path.Equals(trimmed, comparison)
            || (path.StartsWith(trimmed, comparison) && path.Length > trimmed.Length && path[trimmed.Length] is '/' or '\\')
            || trimmed.Length == 0;
    }

    private static FileKind KindOf(int mode) => (mode & TypeMask) switch
    {
        TypeRegular => FileKind.RegularFile,
        TypeFolder => FileKind.Folder,
        TypeLink => FileKind.SymbolicLink,
        _ => FileKind.Special,
    };

    /// <summary>
    /// When the file's status last changed (its <c>ctime</c>, in ticks), following links; 0 where that cannot be asked.
    /// Renaming a file over another, copying over it or extracting an archive changes it, even when the size and the
    /// modification time stay as they were.
    /// </summary>
    public static long ChangeTicks(string path) =>
        OperatingSystem.IsWindows() || Stat(path, out var status) != 0 ? 0 : (status.CTime * TimeSpan.TicksPerSecond) + (status.CTimeNsec / 100);

    /// <summary>
    /// The file's size, modification time (in the ticks of <see cref="FileSystemInfo.LastWriteTimeUtc"/>) and
    /// <see cref="ChangeTicks"/>, all following links (<see cref="FileInfo"/> gives a link's own size and time), from
    /// one call to the system; null where that cannot be asked or the file cannot be looked at (the caller asks
    /// <see cref="FileInfo"/> then, for its message).
    /// </summary>
    public static (long Length, long WriteTicks, long ChangeTicks)? Times(string path) =>
        OperatingSystem.IsWindows() || Stat(path, out var status) != 0 || (status.Mode & TypeMask) != TypeRegular
            ? null
            : (status.Size,
                DateTime.UnixEpoch.Ticks + (status.MTime * TimeSpan.TicksPerSecond) + (status.MTimeNsec / 100),
                (status.CTime * TimeSpan.TicksPerSecond) + (status.CTimeNsec / 100));

    /// <summary>The start of the runtime's <c>FileStatus</c> (its layout up to <c>CTimeNsec</c> is the same in every
    /// version); the padding leaves room for the rest of it.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime;
        public long ATimeNsec;
        public long MTime;
        public long MTimeNsec;
        public long CTime;
        public long CTimeNsec;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, out FileStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr NativeRealPath(string path);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Free")]
    private static partial void NativeFree(IntPtr pointer);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Access", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Access(string path, int mode);
}
