using PaperDigest.Diagnostics;

namespace PaperDigest.Building;

/// <summary>What a build did: its diagnostics, and when it succeeded, what it wrote and how long it took.</summary>
internal sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int Papers,
    int Pages,
    int Feeds,
    int Files,
    TimeSpan Elapsed)
{
    /// <summary>Files this build wrote; the rest of <see cref="Files"/> were unchanged and kept as they were.</summary>
    public int Written { get; init; }

    /// <summary>Papers whose related papers this build searched again; the others' lists were kept or rescored from the last build's.</summary>
    public int RelatedSearched { get; init; }

    /// <summary>Entry files this build read and parsed afresh; the rest of <see cref="Entries"/> it took from the build cache.</summary>
    public int EntriesParsed { get; init; }

    /// <summary>The entry files of the digest.</summary>
    public int Entries { get; init; }

    /// <summary>Files this build made (rendered or generated) because their input changed, whether or not their bytes did; the rest were kept, made from the same as before.</summary>
    public int Made { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
