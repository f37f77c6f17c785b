namespace PaperDigest.Cli.Serve;

/// <summary>
/// Adds the live-reload script to HTML pages as they are served (never to the built files): an external script, so
/// pages keep working under a Content-Security-Policy without <c>'unsafe-inline'</c>.
/// </summary>
internal static class HtmlInjection
{
    public const string ScriptPath = "/__paperdigest/live.js";

    /// <summary>The tag injected; <paramref name="siteVersion"/> names the build the page came from, so the script can tell whether it is stale.</summary>
    public static string ScriptTag(string siteVersion) =>
        $"<script src=\"{ScriptPath}\" data-build=\"{System.Net.WebUtility.HtmlEncode(siteVersion)}\" defer></script>";

    /// <summary>Inserts <paramref name="tag"/> before the last <c>&lt;/body&gt;</c> (any case), or appends it when there is none.</summary>
    public static string Inject(string html, string tag)
    {
        var end = html.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : string.Concat(html.AsSpan(0, end), tag, html.AsSpan(end));
    }

    /// <summary>Whether a served file is an HTML page that gets the script.</summary>
    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
