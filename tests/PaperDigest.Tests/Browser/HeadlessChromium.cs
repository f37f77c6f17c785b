using Microsoft.Playwright;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>apt-get install chromium</c>, never a downloaded browser), headless, as the search timings
/// launch it. The benchmark program links this file.
/// </summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>We run as root (no sandbox) on machines with no GPU and no internet to reach.</summary>
    private static readonly string[] Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"];

    public static bool IsInstalled => File.Exists(Path);

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = Args,
            Timeout = 60_000,
        });
}
