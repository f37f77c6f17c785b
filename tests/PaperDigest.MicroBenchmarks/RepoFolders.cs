using System.Globalization;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.MicroBenchmarks;

/// <summary>Folders of the repository the benchmarks read: the theme and the sample digest.</summary>
internal static class RepoFolders
{
    /// <summary>The folder holding PaperDigest.sln; BenchmarkDotNet runs each benchmark from a generated project below it.</summary>
    public static string Root { get; } = Above(AppContext.BaseDirectory) ?? Above(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException("cannot find the repository root (the folder holding PaperDigest.sln)");

    public static string Theme => Path.Combine(Root, "theme");

    public static string SampleInput => Path.Combine(Root, "input");

    /// <summary>The first sample entry with display math (<c>$$</c>), the richest Markdown the sample has.</summary>
    public static string SampleEntryWithMath()
    {
        var files = InputReader.List(SampleInput, "papers", ".md");
        foreach (var file in files)
        {
            if (InputReader.Read(SampleInput, file, new DiagnosticBag()) is { } source && source.Text.Contains("\n$$", StringComparison.Ordinal))
            {
                return file;
            }
        }

        return files.Count > 0 ? files[0] : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{SampleInput} has no entries"));
    }

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperDigest.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
