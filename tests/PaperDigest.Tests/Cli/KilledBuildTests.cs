using System.Text;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Cli;

/// <summary>
/// A build killed (kill -9) before its commit leaves the previous output exactly as it was; one killed while it
/// moves its new files in is completed by the next build; either way the next build cleans up.
/// </summary>
public sealed class KilledBuildTests
{
    [Fact]
    public void A_build_killed_mid_way_leaves_the_previous_site_intact()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepoPaths.Input, "input");
        WriteManyEntries(input, 1500);
        var output = temp.Combine("site");
        PaperDigestProcess.Run(temp.Path, "build", "--input", input, "--theme", RepoPaths.Theme, "--output", output).AssertExit(0);
        var before = FolderSnapshot.Take(output);

        // Change the content, so a build that got through would change the site, then kill builds at several moments.
        File.AppendAllText(Path.Combine(input, "papers", "2025", "2309.05153.md"), "\nAn added sentence.\n");
        var killed = 0;
        foreach (var delay in new[] { 0, 150, 400, 900 })
        {
            using var build = PaperDigestProcess.Start(temp.Path, new Dictionary<string, string>(),
                "build", "--input", input, "--theme", RepoPaths.Theme, "--output", output);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!Directory.EnumerateDirectories(temp.Path, ".site.pd-staging-*").Any() && !build.HasExited && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(5);
            }

            Thread.Sleep(delay);
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
            }

            build.WaitForExit();
            var commitBegun = File.Exists(Path.Combine(temp.Path, ".site.pd-cache", "commit.journal"))
                || !File.ReadAllBytes(Path.Combine(output, ".paperdigest-output")).AsSpan().SequenceEqual(before.Files[".paperdigest-output"]);
            if (build.ExitCode == 0 || commitBegun)
            {
                // The build finished, or was killed while moving its new files in: the next build completes
                // that commit, and the site is then exactly a clean build's.
                PaperDigestProcess.Run(temp.Path, "build", "--input", input, "--theme", RepoPaths.Theme, "--output", output).AssertExit(0);
                var clean = temp.Combine($"clean-{delay}");
                PaperDigestProcess.Run(temp.Path, "build", "--input", input, "--theme", RepoPaths.Theme, "--output", clean).AssertExit(0);
                before = FolderSnapshot.Take(output);
                FolderSnapshot.AssertIdentical(FolderSnapshot.Take(clean), before, $"the output completed after a build ended {delay} ms into writing");
                continue;
            }

            killed++;
            FolderSnapshot.AssertIdentical(before, FolderSnapshot.Take(output), $"the output after a build killed {delay} ms into writing");
        }

        Assert.True(killed > 0, "every build finished before it could be killed; the digest is too small to test this");

        var next = PaperDigestProcess.Run(temp.Path, "build", "--input", input, "--theme", RepoPaths.Theme, "--output", output);
        next.AssertExit(0);
        // Staging and retired folders are gone; the build cache (.site.pd-cache) is meant to stay.
        Assert.DoesNotContain(Directory.EnumerateDirectories(temp.Path, ".site.pd-*"), f => !f.EndsWith(".site.pd-cache", StringComparison.Ordinal));
        Assert.Contains("An added sentence.", File.ReadAllText(Path.Combine(output, "papers", "2309.05153", "index.html")), StringComparison.Ordinal);
    }

    /// <summary>Adds <paramref name="count"/> generated entries (<c>generated-N.md</c>) to the digest, so that a build takes a while.</summary>
    internal static void WriteManyEntries(string input, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            text.Append("---\ntitle: \"Generated paper ").Append(i).Append("\"\nauthors: [Ada Lovelace]\ndate: 2025-04-")
                .Append(((i % 28) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\ntags: [statistical-physics]\n---\n");
            for (var p = 0; p < 4; p++)
            {
                text.Append("A paragraph of a generated write-up about entropy, fields and learning, number ").Append(p).Append(".\n\n");
            }

            File.WriteAllText(Path.Combine(input, "papers", "2025", $"generated-{i}.md"), text.ToString());
        }
    }
}
