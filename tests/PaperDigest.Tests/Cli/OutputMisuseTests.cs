using System.Globalization;
using System.Security.Cryptography;
using PaperDigest.Tests.Serve;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// An output folder that resolves (through links, <c>..</c> or as an empty string) onto or around the input, the
/// theme, the home folder, a file or a folder PaperDigest did not make is refused by <c>build</c> and <c>serve</c>
/// alike: exit 2, a PD0602 message naming it, no stack trace, and nothing written anywhere.
/// </summary>
public sealed class OutputMisuseTests
{
    [Theory]
    [InlineData("build", "")]
    [InlineData("build", "   ")]
    [InlineData("serve", "")]
    [InlineData("serve", " ")]
    public void An_empty_output_is_a_usage_error(string command, string output)
    {
        using var digest = new Digest();
        digest.AssertRefused(command, output, "--output is empty");
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public void The_input_folder_itself_is_refused(string command)
    {
        using var digest = new Digest();
        digest.AssertRefused(command, "in", "is the input folder");
    }

    [Theory]
    [InlineData("build", "in/site")]
    [InlineData("serve", "in/site")]
    [InlineData("build", "theme/site")]
    public void A_folder_inside_the_input_or_theme_is_refused(string command, string output)
    {
        using var digest = new Digest();
        digest.AssertRefused(command, output, "is inside the");
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public void A_path_that_only_reaches_the_input_through_a_link_and_dotdot_is_refused(string command)
    {
        // papers-link/../site is the input's site folder on disk, though it reads as a sibling of the link.
        using var digest = new Digest();
        File.CreateSymbolicLink(digest.Temp.Combine("papers-link"), Path.Combine(digest.Input, "papers"));
        digest.AssertRefused(command, "papers-link/../site", "is inside the input folder");
        Assert.False(Directory.Exists(Path.Combine(digest.Input, "site")));
    }

    [Theory]
    [InlineData("build", ".", null)]
    [InlineData("build", "..", "work")]
    [InlineData("serve", "..", "work")]
    public void A_folder_containing_the_input_is_refused(string command, string output, string? workingFolder)
    {
        using var digest = new Digest();
        digest.AssertRefused(command, output, "contains the input folder", workingFolder);
    }

    [Fact]
    public void The_current_folder_is_refused()
    {
        using var digest = new Digest();
        digest.AssertRefused("build", ".", "is the current folder", workingFolder: "work");
    }

    [Theory]
    [InlineData("build", "in")]
    [InlineData("build", "theme")]
    [InlineData("serve", "in")]
    [InlineData("serve", "theme")]
    public void A_link_to_the_input_or_theme_is_refused(string command, string target)
    {
        using var digest = new Digest();
        File.CreateSymbolicLink(digest.Temp.Combine("site"), digest.Temp.Combine(target));
        digest.AssertRefused(command, "site", "is a symbolic link");
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public void A_folder_paperdigest_did_not_write_is_refused_and_its_files_are_unchanged(string command)
    {
        using var digest = new Digest();
        var notes = digest.Temp.Combine("notes");
        Directory.CreateDirectory(Path.Combine(notes, "drafts"));
        File.WriteAllText(Path.Combine(notes, "thesis.tex"), "\\documentclass{article}");
        File.WriteAllText(Path.Combine(notes, "drafts", "todo.txt"), "finish chapter 3");
        digest.AssertRefused(command, "notes", "holds files PaperDigest did not write");
    }

    [Theory]
    [InlineData("build")]
    [InlineData("serve")]
    public void A_file_is_refused_and_left_as_it_was(string command)
    {
        using var digest = new Digest();
        File.WriteAllText(digest.Temp.Combine("site"), "not a folder");
        digest.AssertRefused(command, "site", "is a file, not a folder");
        Assert.Equal("not a folder", File.ReadAllText(digest.Temp.Combine("site")));
    }

    [Fact]
    public void The_home_folder_is_refused()
    {
        using var digest = new Digest();
        var home = digest.Temp.Combine("home");
        Directory.CreateDirectory(home);
        digest.AssertRefused("build", home, "is the home folder", environment: new Dictionary<string, string> { ["HOME"] = home });
    }

    [Fact]
    public void A_folder_inside_a_site_paperdigest_built_is_refused()
    {
        // The next build of the outer site would delete it.
        using var digest = new Digest();
        PaperDigestProcess.Run(digest.Temp.Path, "build", "--input", "in", "--theme", "theme", "--output", "site").AssertExit(0);
        digest.AssertRefused("build", "site/preview", "a site PaperDigest built");
    }

    /// <summary>A temporary folder holding copies of the sample digest (<c>in</c>) and theme (<c>theme</c>), and an empty <c>work</c> folder.</summary>
    private sealed class Digest : IDisposable
    {
        public Digest()
        {
            Input = Temp.CopyFrom(RepoPaths.Input, "in");
            Temp.CopyFrom(RepoPaths.Theme, "theme");
            Directory.CreateDirectory(Temp.Combine("work"));
        }

        public TempFolder Temp { get; } = new();

        public string Input { get; }

        /// <summary>
        /// Runs <paramref name="command"/> with <c>--output</c> <paramref name="output"/> and asserts it is refused with
        /// a PD0602 message containing <paramref name="reason"/>, and that nothing in the temporary folder changed.
        /// </summary>
        public void AssertRefused(
            string command, string output, string reason, string? workingFolder = null, IReadOnlyDictionary<string, string>? environment = null)
        {
            var before = Listing();
            var working = workingFolder is null ? Temp.Path : Temp.Combine(workingFolder);
            var input = Path.GetRelativePath(working, Input);
            var theme = Path.GetRelativePath(working, Temp.Combine("theme"));
            string[] arguments = command == "serve"
                ? ["serve", "--input", input, "--theme", theme, "--output", output, "--port", ServeProcess.FreePort().ToString(CultureInfo.InvariantCulture)]
                : ["build", "--input", input, "--theme", theme, "--output", output];

            var run = PaperDigestProcess.Run(working, environment ?? new Dictionary<string, string>(), arguments);

            run.AssertExit(2);
            run.AssertNoStackTrace();
            var message = Assert.Single(run.StderrLines);
            Assert.StartsWith("paperdigest: error PD0602: ", message, StringComparison.Ordinal);
            Assert.Contains(reason, message, StringComparison.Ordinal);
            Assert.Empty(run.StdoutLines);
            var after = Listing();
            Assert.True(before.SequenceEqual(after), $"paperdigest {run.Arguments} changed the folder:\n- {string.Join("\n- ", before.Except(after))}\n+ {string.Join("\n+ ", after.Except(before))}");
        }

        public void Dispose() => Temp.Dispose();

        /// <summary>Every entry below the temporary folder with a hash of its bytes, or its target for a link.</summary>
        private List<string> Listing()
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
            return [.. new DirectoryInfo(Temp.Path).EnumerateFileSystemInfos("*", options)
                .Select(e => $"{Path.GetRelativePath(Temp.Path, e.FullName)} {(e.LinkTarget is { } target ? "-> " + target : e is FileInfo file ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName))) : "/")}")
                .Order(StringComparer.Ordinal)];
        }
    }
}
