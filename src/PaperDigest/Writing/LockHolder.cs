using System.Globalization;

namespace PaperDigest.Writing;

/// <summary>The run holding an <see cref="OutputLock"/>, as it wrote itself into the lock file: process id, command and start time.</summary>
internal sealed record LockHolder(int ProcessId, string Command, DateTimeOffset Started)
{
    /// <summary>This process, running <paramref name="command"/> (such as <c>paperdigest build</c>).</summary>
    public static LockHolder Current(string command) => new(Environment.ProcessId, command, DateTimeOffset.UtcNow);

    /// <summary>The holder a lock file names; null for an empty or garbled one (a run that has only just taken the lock).</summary>
    public static LockHolder? Parse(string text)
    {
        var fields = text.Split('\n', 3);
        return fields.Length == 3
               && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
               && DateTimeOffset.TryParse(fields[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var started)
               && fields[2].TrimEnd('\n') is { Length: > 0 } command
            ? new LockHolder(id, command, started)
            : null;
    }

    /// <summary>Three lines: process id, start time (ISO 8601, UTC), command.</summary>
    public string Serialise() =>
        string.Create(CultureInfo.InvariantCulture, $"{ProcessId}\n{Started.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\n{Command}\n");

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Command} (pid {ProcessId}, started {Started.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC)");
}
