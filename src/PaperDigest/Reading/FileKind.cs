namespace PaperDigest.Reading;

/// <summary>What a path names, read without following a symbolic link.</summary>
internal enum FileKind
{
    Missing,
    RegularFile,
    Folder,
    SymbolicLink,

    /// <summary>A FIFO, a device, a socket: reading one can block for ever or never end.</summary>
    Special,
}
