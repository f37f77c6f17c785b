using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.Tests.Reading;

/// <summary>
/// What a scan of the input folder admits: regular files and links to regular files inside it; everything else is a
/// problem naming the path. These run in the process; <c>Cli/HostileInputTreeTests</c> drives the real command.
/// </summary>
public sealed class InputTreeTests
{
    [Fact]
    public void A_folder_is_listed_from_the_whole_scan_without_names_that_start_with_a_dot()
    {
        using var temp = new TempFolder();
        var input = Write(temp, "site.yml", "papers/2024/a.md", "papers/2024/B.MD", "papers/2024/notes.txt", "papers/2024/.draft.md", "papers/.trash/old.md",
            "papers/2025/deep/c.md", "papers-old/x.md", "pages/about.md", "pages/about.md.bak", "static/papers/y.md");

        var tree = InputTree.Scan(input);

        Assert.Empty(tree.Problems);
        Assert.Equal(["papers/2024/B.MD", "papers/2024/a.md", "papers/2025/deep/c.md"], tree.In("papers", ".md"));
        Assert.Equal(["pages/about.md", "pages/about.md.bak"], tree.In("pages", null));
        Assert.Equal(["static/papers/y.md"], tree.In("static", null));
        Assert.Equal(tree.In("papers", ".md"), InputReader.List(input, "papers", ".md"));
    }

    [Fact]
    public void A_missing_folder_has_no_files_and_no_problems()
    {
        using var temp = new TempFolder();
        var tree = InputTree.Scan(temp.Combine("nowhere"));
        Assert.Empty(tree.Files);
        Assert.Empty(tree.Problems);
    }

    [Fact]
    public void A_link_to_a_file_inside_is_read_and_every_other_link_is_a_problem_naming_it()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need a Unix file system");

        using var temp = new TempFolder();
        var input = Write(temp, "site.yml", "static/logo.svg", "papers/a.md");
        File.WriteAllText(temp.Combine("secret.txt"), "outside");
        File.CreateSymbolicLink(temp.Combine("input", "static", "same-logo.svg"), "logo.svg");
        File.CreateSymbolicLink(temp.Combine("input", "static", "secret.txt"), "../../secret.txt");
        File.CreateSymbolicLink(temp.Combine("input", "static", "passwd"), "/etc/passwd");
        File.CreateSymbolicLink(temp.Combine("input", "static", "broken"), "no-such-file");
        File.CreateSymbolicLink(temp.Combine("input", "static", "loop"), "loop");
        Directory.CreateSymbolicLink(temp.Combine("input", "static", "papers"), "../papers");
        Directory.CreateSymbolicLink(temp.Combine("input", "static", "etc"), "/etc");
        File.CreateSymbolicLink(temp.Combine("input", "static", "zero"), "/dev/zero");

        var tree = InputTree.Scan(input);

        Assert.Equal(["papers/a.md", "site.yml", "static/logo.svg", "static/same-logo.svg"], tree.Files);
        var problems = tree.Problems.ToDictionary(p => p.Location.Path[(input.Length + 1)..]);
        Assert.Equal(["static/broken", "static/etc", "static/loop", "static/papers", "static/passwd", "static/secret.txt", "static/zero"], problems.Keys.Order(StringComparer.Ordinal));
        Assert.All(problems.Values, p => Assert.Equal(Severity.Error, p.Severity));
        Assert.Equal(DiagnosticCodes.InputLink, problems["static/secret.txt"].Code);
        Assert.Contains("leads outside", problems["static/secret.txt"].Message, StringComparison.Ordinal);
        Assert.Contains("leads outside", problems["static/passwd"].Message, StringComparison.Ordinal);
        Assert.Contains("not followed", problems["static/papers"].Message, StringComparison.Ordinal);
        Assert.Contains("leads nowhere", problems["static/loop"].Message, StringComparison.Ordinal);
        Assert.Contains("leads nowhere", problems["static/broken"].Message, StringComparison.Ordinal);
        // /dev/zero lies outside the input folder: that is reason enough.
        Assert.Equal(DiagnosticCodes.InputLink, problems["static/zero"].Code);
    }

    [Fact]
    public void A_FIFO_is_a_problem_and_is_never_opened()
    {
        Assert.SkipUnless(Fifo.CanMake, "mkfifo is not available");

        using var temp = new TempFolder();
        var input = Write(temp, "site.yml");
        Fifo.Make(temp.Combine("input", "papers", "pipe.md"));
        File.CreateSymbolicLink(temp.Combine("input", "tags.yml"), "papers/pipe.md");

        var tree = InputTree.Scan(input);
        var bag = new DiagnosticBag();
        var read = InputReader.Read(input, "papers/pipe.md", bag);

        Assert.Equal(["site.yml"], tree.Files);
        Assert.Equal([DiagnosticCodes.NotARegularFile, DiagnosticCodes.NotARegularFile], tree.Problems.Select(p => p.Code));
        Assert.Contains("FIFO", tree.Problems[0].Message, StringComparison.Ordinal);
        Assert.Null(read);
        Assert.Equal(DiagnosticCodes.NotARegularFile, Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void A_file_is_read_up_to_the_size_it_states()
    {
        using var temp = new TempFolder();
        var input = Write(temp, "site.yml");
        File.WriteAllText(temp.Combine("input", "site.yml"), "title: x\n");

        var bag = new DiagnosticBag();
        var source = InputReader.Read(input, "site.yml", bag);

        Assert.Empty(bag.Items);
        Assert.Equal("title: x\n", source!.Text);
    }

    /// <summary>
    /// A tree listed again at the paths a watcher names is the tree a whole scan gives: files and folders made,
    /// deleted, replaced by one another, links made, names with a dot, a path below a folder that is gone.
    /// </summary>
    [Fact]
    public void A_tree_listed_again_at_the_changed_paths_is_what_a_whole_scan_gives()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need a Unix file system");

        using var temp = new TempFolder();
        var input = Write(temp, "site.yml", "papers/2024/a.md", "papers/2024/b.md", "papers/2025/c.md", "pages/about.md", "static/x.css");
        var tree = InputTree.Scan(input);
        (string[] Changed, Action Change)[] steps =
        [
            (["papers/2024/a.md"], () => File.WriteAllText(temp.Combine("input", "papers", "2024", "a.md"), "changed")),
            (["papers/2026"], () => Write(temp, "papers/2026/d.md", "papers/2026/deep/e.md")),
            (["papers/2024/b.md"], () => File.Delete(temp.Combine("input", "papers", "2024", "b.md"))),
            (["papers/2025/c.md"], () => Directory.Delete(temp.Combine("input", "papers", "2025"), recursive: true)),
            (["static/outside"], () => File.CreateSymbolicLink(temp.Combine("input", "static", "outside"), "/etc/passwd")),
            (["static/outside"], () => File.Delete(temp.Combine("input", "static", "outside"))),
            (["pages/.hidden.md", ".git/HEAD"], () => Write(temp, "pages/.hidden.md", ".git/HEAD")),
            (["pages"], () =>
            {
                Directory.Delete(temp.Combine("input", "pages"), recursive: true);
                File.WriteAllText(temp.Combine("input", "pages"), "a file now");
            }),
            (["pages", "static"], () =>
            {
                File.Delete(temp.Combine("input", "pages"));
                Write(temp, "pages/new.md");
                Directory.CreateSymbolicLink(temp.Combine("input", "static", "papers"), "../papers");
            }),
        ];

        foreach (var (changed, change) in steps)
        {
            change();
            var (rescanned, listed) = tree.Rescan(changed);
            var scanned = InputTree.Scan(input);
            var what = $"after a change to {string.Join(", ", changed)}";
            Assert.True(scanned.Files.SequenceEqual(rescanned.Files), $"{what}: listed {string.Join(", ", rescanned.Files)}; a scan lists {string.Join(", ", scanned.Files)}");
            Assert.Equal(scanned.Problems.Select(p => p.ToString()), rescanned.Problems.Select(p => p.ToString()));
            Assert.All(listed, file => Assert.Contains(changed, c => file == c || file.StartsWith(c + "/", StringComparison.Ordinal)));
            tree = rescanned;
        }
    }

    private static string Write(TempFolder temp, params string[] files)
    {
        var input = temp.Combine("input");
        Directory.CreateDirectory(Path.Combine(input, "papers"));
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp.Combine("input", file))!);
            File.WriteAllText(temp.Combine("input", file), "x");
        }

        return input;
    }
}
