using System.Reflection;

namespace PaperDigest.Tests;

/// <summary>Where the repository's folders are, found from the test binaries by walking up to PaperDigest.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>Test inputs copied beside the test binaries.</summary>
    public static string TestFiles => Path.Combine(AppContext.BaseDirectory, "TestFiles");

    /// <summary>Test inputs in the source tree, where golden files are updated.</summary>
    public static string SourceTestFiles => Path.Combine(Root, "tests", "PaperDigest.Tests", "TestFiles");

    /// <summary>
    /// The <c>paperdigest</c> command that tests run with <c>dotnet</c> as a child process: published Release and
    /// ReadyToRun into <c>cli/</c> beside the tests by the test project's build, again whenever its sources change.
    /// </summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "cli", "paperdigest.dll");

    /// <summary>
    /// The artifacts folder (bin/, obj/) of that publish: its restore and its Release build of the library, which the
    /// tool package test reuses.
    /// </summary>
    public static string CliArtifacts { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ChildCliArtifacts").Value!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperDigest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PaperDigest.sln not found above " + AppContext.BaseDirectory);
    }
}
