using System.Diagnostics;

namespace PaperDigest.Tests.Reading;

/// <summary>Makes a real named pipe with the system's <c>mkfifo</c>, where there is one.</summary>
internal static class Fifo
{
    public static bool CanMake => !OperatingSystem.IsWindows() && File.Exists("/usr/bin/mkfifo");

    public static void Make(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
