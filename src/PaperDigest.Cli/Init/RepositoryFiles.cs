using PaperDigest.Writing;

namespace PaperDigest.Cli.Init;

/// <summary>
/// The files around a new digest: what git ignores, how Netlify builds it, and the check GitHub runs on pull
/// requests. Both install the tool the same way: <c>dotnet tool install --global paperdigest</c> from the package
/// source in <see cref="PackageSourceSetting"/>, nuget.org unless it is set.
/// </summary>
internal static class RepositoryFiles
{
    public const string PackageId = "paperdigest";

    /// <summary>The environment variable (in Netlify) and repository variable (in GitHub) naming the package source.</summary>
    public const string PackageSourceSetting = "PAPERDIGEST_PACKAGE_SOURCE";

    public const string DefaultPackageSource = "https://api.nuget.org/v3/index.json";

    public static IEnumerable<StarterFile> All()
    {
        yield return new StarterFile(".gitignore", GitIgnore);
        yield return new StarterFile("netlify.toml", NetlifyToml);
        yield return new StarterFile("deploy/netlify-build.sh", NetlifyBuild);
        yield return new StarterFile(".github/workflows/digest.yml", Workflow);
    }

    /// <summary>The build cache folder beside <c>output/</c>, named as the build names it.</summary>
    private static string CacheFolder => Path.GetFileName(StagedOutput.DefaultCacheFolder("output"));

    private static string GitIgnore => $"""
        # The built site, and what a build keeps beside it: its cache, the folders it stages and retires, its lock.
        /output/
        /{CacheFolder}/
        .*.pd-cache/
        .*.pd-staging-*/
        .*.pd-retired-*/
        .*.pd-lock

        """;

    private const string NetlifyToml = $$"""
        # Netlify builds the digest with deploy/netlify-build.sh and publishes output/. The build writes
        # output/_headers (security headers, long caching of fingerprinted files) and output/_redirects itself.
        [build]
          command = "bash deploy/netlify-build.sh"
          publish = "output"

        [build.environment]
          DOTNET_CLI_TELEMETRY_OPTOUT = "1"
          DOTNET_NOLOGO = "1"
          # Where the build installs the {{PackageId}} tool from (dotnet tool install --global {{PackageId}}): a NuGet
          # feed URL or a folder of packages. Change it here or in the site's environment variables.
          {{PackageSourceSetting}} = "{{DefaultPackageSource}}"

        [[headers]]
          for = "/*.xml"
          [headers.values]
            Content-Type = "application/xml; charset=utf-8"

        [[headers]]
          for = "/feed.xml"
          [headers.values]
            Content-Type = "application/rss+xml; charset=utf-8"

        [[headers]]
          for = "/tags/*/feed.xml"
          [headers.values]
            Content-Type = "application/rss+xml; charset=utf-8"

        [[headers]]
          for = "/atom.xml"
          [headers.values]
            Content-Type = "application/atom+xml; charset=utf-8"

        [[headers]]
          for = "/tags/*/atom.xml"
          [headers.values]
            Content-Type = "application/atom+xml; charset=utf-8"

        [[headers]]
          for = "/*.json"
          [headers.values]
            Content-Type = "application/feed+json; charset=utf-8"

        [[headers]]
          for = "/feeds.opml"
          [headers.values]
            Content-Type = "text/x-opml; charset=utf-8"

        [[headers]]
          for = "/papers/*/cite.bib"
          [headers.values]
            Content-Type = "application/x-bibtex; charset=utf-8"

        [[headers]]
          for = "/papers/*/cite.ris"
          [headers.values]
            Content-Type = "application/x-research-info-systems; charset=utf-8"

        """;

    private const string NetlifyBuild = $$"""
        #!/usr/bin/env bash
        # Netlify's build: installs the .NET 10 SDK when the image lacks it, installs the {{PackageId}} tool from
        # ${{PackageSourceSetting}} (nuget.org unless set), then builds input/ into output/. Deploy previews include
        # drafts and future-dated entries and link to the preview's own address.
        set -euo pipefail

        if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q '^10\.'; then
          export DOTNET_ROOT="$HOME/.dotnet"
          curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
          bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$DOTNET_ROOT"
          export PATH="$DOTNET_ROOT:$PATH"
        fi

        export PATH="$PATH:$HOME/.dotnet/tools"
        if ! command -v {{PackageId}} >/dev/null 2>&1; then
          dotnet tool install --global {{PackageId}} --add-source "${{{PackageSourceSetting}}:-{{DefaultPackageSource}}}"
        fi

        args=(build)
        if [ "${CONTEXT:-production}" = "deploy-preview" ] || [ "${CONTEXT:-production}" = "branch-deploy" ]; then
          args+=(--drafts --base-url "${DEPLOY_PRIME_URL:-$DEPLOY_URL}")
        fi

        {{PackageId}} "${args[@]}"

        """;

    private const string Workflow = $$$"""
        # On every pull request: check the digest (mistakes appear as annotations on the changed lines), then build it.
        # The {{{PackageId}}} tool comes from the repository variable {{{PackageSourceSetting}}} (Settings > Secrets and
        # variables > Actions > Variables): a NuGet feed URL; nuget.org when it is not set.
        name: Check the digest

        on:
          pull_request:

        jobs:
          check:
            runs-on: ubuntu-latest
            env:
              {{{PackageSourceSetting}}}: ${{ vars.{{{PackageSourceSetting}}} || '{{{DefaultPackageSource}}}' }}
              DOTNET_CLI_TELEMETRY_OPTOUT: "1"
              DOTNET_NOLOGO: "1"
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Install {{{PackageId}}}
                run: |
                  dotnet tool install --global {{{PackageId}}} --add-source "${{{PackageSourceSetting}}}"
                  echo "$HOME/.dotnet/tools" >> "$GITHUB_PATH"
              - name: Check entries
                run: {{{PackageId}}} check --format github
              - name: Build the site
                run: {{{PackageId}}} build

        """;
}
