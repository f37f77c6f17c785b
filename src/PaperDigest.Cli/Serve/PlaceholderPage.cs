using System.Net;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// The page served when the site has nothing to show: before the first successful build, or for a missing path when
/// the theme made no <c>404.html</c>. It carries the live-reload script like every page, so it shows the build
/// errors and turns into the site as soon as a build succeeds.
/// </summary>
internal static class PlaceholderPage
{
    public static string Html(string title, string message) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{WebUtility.HtmlEncode(title)}</title>
        </head>
        <body>
        <main>
        <h1>{WebUtility.HtmlEncode(title)}</h1>
        <p>{WebUtility.HtmlEncode(message)}</p>
        </main>
        </body>
        </html>

        """;
}
