using System.Runtime.Versioning;
using PaperDigest.Tests.Reading;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// What a contributor can commit besides text: links, named pipes, devices, unreadable files and near-miss names.
/// Each is planted in a copy of the sample digest and the real <c>paperdigest</c> process runs <c>check</c> and
/// <c>build</c> on it: only regular files whose real path is inside the input (or theme) folder are read, a link to a
/// folder is never followed, and anything else is an error naming the path, exit 1, nothing published, nothing
/// leaked, no hang.
/// </summary>
[RunsLong]
[UnsupportedOSPlatform("windows")]
public sealed class HostileInputTreeTests
{
    private const string Marker = "PD-SECRET-6d1f0c";

    /// <summary>A hostile plant: where it goes and the code the build must report for it.</summary>
    public static TheoryData<string, string, string> Plants => new()
    {
        { "entry linked to a file outside", "papers/2025/leak.md", "PD0007" },
        { "entry linked to the environment", "papers/2025/environ.md", "PD0007" },
        { "page linked to a system file", "pages/passwd.md", "PD0007" },
        { "static file linked to a file outside", "static/id_rsa", "PD0007" },
        { "static file linked to the environment", "static/env.txt", "PD0007" },
        { "static link to a system folder", "static/etc", "PD0007" },
        { "static link to the home folder", "static/home", "PD0007" },
        { "static link that loops", "static/loop", "PD0007" },
        { "broken static link", "static/gone.txt", "PD0007" },
        { "static link to an endless device", "static/zero.bin", "PD0007" },
        { "site.yml linked to a file outside", "site.yml", "PD0007" },
        { "tags.yml linked to a file outside", "tags.yml", "PD0007" },
        { "papers folder linked outside", "papers/2024", "PD0007" },
        { "named pipe in static", "static/pipe", "PD0008" },
        { "named pipe as an entry", "papers/2025/pipe.md", "PD0008" },
        { "theme template linked to a file outside", "theme:templates/secret.sbn-html", "PD0007" },
        { "theme asset linked to the environment", "theme:assets/environ.css", "PD0007" },
        { "theme folder link", "theme:assets/outside", "PD0007" },
    };

    [Theory]
    [MemberData(nameof(Plants))]
    public void A_hostile_file_is_an_error_naming_it_and_nothing_is_published(string plant, string path, string code)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links and named pipes need a Unix file system");
        Assert.SkipWhen(code == "PD0008" && !Fifo.CanMake, "mkfifo is not available");

        using var digest = new HostileDigest();
        digest.Plant(plant, path);

        foreach (var command in new[] { "check", "build" })
        {
            var run = digest.Run(command);
            run.AssertExit(1);
            run.AssertNoStackTrace();
            var shown = path.StartsWith("theme:", StringComparison.Ordinal) ? "theme/" + path["theme:".Length..] : "in/" + path;
            Assert.True(
                run.StderrLines.Concat(run.StdoutLines).Any(l => l.Contains(shown, StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal)),
                $"expected {code} naming {shown}\n{run}");
            Assert.DoesNotContain(Marker, run.Stdout + run.Stderr, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(digest.Temp.Combine("site")), "a build with a hostile file must publish nothing");
    }

    [Fact]
    public void A_link_to_a_file_inside_the_digest_is_read_and_published()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need a Unix file system");
        using var digest = new HostileDigest();
        var notes = digest.Temp.Combine("in", "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "colophon.md"), "---\ntitle: Colophon\n---\nSet in the digest's own words.\n");
        File.CreateSymbolicLink(digest.Temp.Combine("in", "pages", "colophon.md"), "../notes/colophon.md");
        File.WriteAllText(digest.Temp.Combine("in", "notes", "robots-extra.txt"), "kept\n");
        File.CreateSymbolicLink(digest.Temp.Combine("in", "static", "extra.txt"), "../notes/robots-extra.txt");

        var run = digest.Run("build");

        run.AssertExit(0);
        Assert.Contains("Set in the digest", File.ReadAllText(digest.Temp.Combine("site", "colophon", "index.html")), StringComparison.Ordinal);
        Assert.Equal("kept\n", File.ReadAllText(digest.Temp.Combine("site", "extra.txt")));
    }

    [Fact]
    public void Files_that_look_like_entries_but_are_ignored_are_warned_about_in_check_and_build()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "names ending in spaces or dots need a Unix file system");
        using var digest = new HostileDigest();
        var entry = File.ReadAllText(Directory.EnumerateFiles(digest.Temp.Combine("in", "papers"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First());
        string[] ignored =
        [
            "papers/2025/one.markdown",
            "papers/2025/two.md ",
            "papers/2025/three.md.",
            "Papers/four.md",
            "pages/five.MARKDOWN",
            "pages /six.md",
        ];
        foreach (var name in ignored)
        {
            var file = digest.Temp.Combine(["in", .. name.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, entry);
        }

        foreach (var command in new[] { "check", "build" })
        {
            var run = digest.Run(command);
            run.AssertExit(0);
            foreach (var name in ignored)
            {
                Assert.True(
                    run.StderrLines.Concat(run.StdoutLines).Any(l => l.Contains("in/" + name, StringComparison.Ordinal) && l.Contains("PD0009", StringComparison.Ordinal)),
                    $"expected a PD0009 warning naming in/{name} from {command}\n{run}");
            }
        }
    }

    [Fact]
    public void An_unreadable_file_or_folder_is_an_error_naming_it_never_a_silent_skip()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions");
        using var digest = new HostileDigest();
        var launcher = UnprivilegedLauncher(digest);
        var lockedEntry = digest.Temp.Combine("in", "papers", "2025", "locked.md");
        File.WriteAllText(lockedEntry, "---\ntitle: Locked\n---\n");
        var lockedFolder = digest.Temp.Combine("in", "static", "private");
        Directory.CreateDirectory(lockedFolder);
        File.WriteAllText(Path.Combine(lockedFolder, "notes.txt"), Marker);
        File.SetUnixFileMode(lockedEntry, UnixFileMode.None);
        File.SetUnixFileMode(lockedFolder, UnixFileMode.None);

        foreach (var command in new[] { "check", "build" })
        {
            var run = digest.Run(command, launcher);
            run.AssertExit(1);
            run.AssertNoStackTrace();
            var lines = run.StderrLines.Concat(run.StdoutLines).ToList();
            Assert.True(lines.Any(l => l.Contains("in/papers/2025/locked.md", StringComparison.Ordinal) && l.Contains("PD0001", StringComparison.Ordinal)), run.ToString());
            Assert.True(lines.Any(l => l.Contains("in/static/private", StringComparison.Ordinal) && l.Contains("PD0001", StringComparison.Ordinal)), run.ToString());
        }

        Assert.False(Directory.Exists(digest.Temp.Combine("site")));
    }

    /// <summary>
    /// The command to run the CLI as a user that permissions apply to: nobody (through <c>setpriv</c>) when the tests
    /// run as root, which ignores them; nothing otherwise. The digest's folder is opened to that user.
    /// </summary>
    private static string[] UnprivilegedLauncher(HostileDigest digest)
    {
        if (Environment.UserName != "root" && Environment.GetEnvironmentVariable("USER") != "root" && !IsRoot())
        {
            return [];
        }

        Assert.SkipUnless(File.Exists("/usr/bin/setpriv"), "running as root needs setpriv to test permissions as another user");
        digest.OpenToEveryone();
        return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"];
    }

    private static bool IsRoot() =>
        File.Exists("/proc/self/status")
        && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal)) is { } uid
        && uid.Split('\t', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) == "0";

    /// <summary>A copy of the sample digest (<c>in/</c>) and theme (<c>theme/</c>), with a secret beside them.</summary>
    private sealed class HostileDigest : IDisposable
    {
        private string cliDll = RepoPaths.CliDll;

        public HostileDigest()
        {
            Temp.CopyFrom(RepoPaths.Input, "in");
            Temp.CopyFrom(RepoPaths.Theme, "theme");
            File.WriteAllText(Temp.Combine("secret.md"), $"---\ntitle: {Marker}\ndate: 2025-01-01\n---\n{Marker}\n");
            File.WriteAllText(Temp.Combine("secret.yml"), File.ReadAllText(Temp.Combine("in", "site.yml")) + $"\n# {Marker}\n");
            File.WriteAllText(Temp.Combine("tags-secret.yml"), File.ReadAllText(Temp.Combine("in", "tags.yml")) + $"\n# {Marker}\n");
            Directory.CreateDirectory(Temp.Combine("outside"));
            File.WriteAllText(Temp.Combine("outside", "key"), Marker);
        }

        public TempFolder Temp { get; } = new();

        public void Plant(string plant, string path)
        {
            var full = path.StartsWith("theme:", StringComparison.Ordinal)
                ? Temp.Combine(["theme", .. path["theme:".Length..].Split('/')])
                : Temp.Combine(["in", .. path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (File.Exists(full))
            {
                File.Delete(full);
            }
            else if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }

            var depth = path.Count(c => c == '/');
            var up = string.Concat(Enumerable.Repeat("../", depth + 1));
            if (plant.Contains("named pipe", StringComparison.Ordinal))
            {
                Fifo.Make(full);
                return;
            }

            var target = plant switch
            {
                _ when plant.Contains("environment", StringComparison.Ordinal) => "/proc/self/environ",
                _ when plant.Contains("system file", StringComparison.Ordinal) => "/etc/passwd",
                _ when plant.Contains("system folder", StringComparison.Ordinal) => "/etc",
                _ when plant.Contains("home", StringComparison.Ordinal) => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? home : "/root",
                _ when plant.Contains("loops", StringComparison.Ordinal) => ".",
                _ when plant.StartsWith("broken", StringComparison.Ordinal) => "does-not-exist.txt",
                _ when plant.Contains("device", StringComparison.Ordinal) => "/dev/zero",
                _ when plant.StartsWith("site.yml", StringComparison.Ordinal) => up + "secret.yml",
                _ when plant.StartsWith("tags.yml", StringComparison.Ordinal) => up + "tags-secret.yml",
                _ when plant.Contains("folder", StringComparison.Ordinal) => up + "outside",
                _ when plant.Contains("template", StringComparison.Ordinal) => "/etc/passwd",
                _ => up + "secret.md",
            };
            if (plant.Contains("folder", StringComparison.Ordinal) || plant.Contains("loops", StringComparison.Ordinal))
            {
                Directory.CreateSymbolicLink(full, target);
            }
            else
            {
                File.CreateSymbolicLink(full, target);
            }
        }

        /// <summary>Lets another user read the digest and write beside it; the CLI is copied where that user can run it.</summary>
        public void OpenToEveryone()
        {
            var cli = Temp.Combine("cli");
            Directory.CreateDirectory(cli);
            // The whole folder: SkiaSharp's and HarfBuzz's native libraries are under runtimes/.
            var built = Path.GetDirectoryName(RepoPaths.CliDll)!;
            foreach (var file in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(cli, Path.GetRelativePath(built, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }

            cliDll = Path.Combine(cli, Path.GetFileName(RepoPaths.CliDll));
            const UnixFileMode everyone = (UnixFileMode)0b111_111_111;
            File.SetUnixFileMode(Temp.Path, everyone);
            foreach (var entry in Directory.EnumerateFileSystemEntries(Temp.Path, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(entry, everyone);
            }
        }

        public CliRun Run(string command, IReadOnlyList<string>? launcher = null)
        {
            var environment = new Dictionary<string, string>
            {
                ["PD_TEST_SECRET"] = Marker,
                ["HOME"] = Temp.Path,
                ["DOTNET_CLI_HOME"] = Temp.Path,
            };
            string[] arguments = command == "build"
                ? ["build", "--input", "in", "--theme", "theme", "--output", "site"]
                : ["check", "--input", "in", "--theme", "theme"];
            return PaperDigestProcess.Run(Temp.Path, environment, launcher ?? [], cliDll, arguments);
        }

        public void Dispose() => Temp.Dispose();
    }
}
