using System.Diagnostics;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Deploy;

/// <summary>What a deploy needs: netlify.toml that builds and publishes output/, and the headers file the build writes.</summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class DeployConfigTests(SampleSiteFixture fixture)
{
    [Fact]
    public void Netlify_toml_parses_builds_with_the_deploy_script_and_publishes_output()
    {
        const string Script = """
            import sys, tomllib
            config = tomllib.load(open(sys.argv[1], 'rb'))
            print(config['build']['publish'])
            print(config['build']['command'])
            """;
        var start = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "netlify.toml"));
        using var python = Process.Start(start)!;
        var lines = python.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        python.WaitForExit();

        Assert.True(python.ExitCode == 0, python.StandardError.ReadToEnd());
        Assert.Equal("output", lines[0]);
        Assert.Equal("bash deploy/netlify-build.sh", lines[1]);
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "netlify-build.sh"));
        Assert.Contains("dotnet-install.sh", script, StringComparison.Ordinal);
        Assert.Contains("--drafts", script, StringComparison.Ordinal);
        Assert.Contains("--output output", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_writes_security_headers_and_caches_fingerprinted_assets_for_a_year()
    {
        var headers = File.ReadAllText(Path.Combine(fixture.Output, "_headers"));
        Assert.Contains("Content-Security-Policy: default-src 'none'; script-src 'self';", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", headers, StringComparison.Ordinal);
        Assert.Contains("X-Content-Type-Options: nosniff", headers, StringComparison.Ordinal);
        Assert.Contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable", headers, StringComparison.Ordinal);
        Assert.Contains("/papers/:slug/figures/*\n  Cache-Control: public, max-age=31536000, immutable", headers, StringComparison.Ordinal);
        Assert.Contains("/social/*\n  Cache-Control: public, max-age=31536000, immutable", headers, StringComparison.Ordinal);
        Assert.Contains("img-src 'self'", headers, StringComparison.Ordinal);
    }
}
