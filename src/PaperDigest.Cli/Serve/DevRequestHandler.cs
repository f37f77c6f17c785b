using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Answers every request of the dev server: the site's files from the current output folder (HTML with the
/// live-reload script added), its <c>404.html</c> for anything missing, and the server's own endpoints under
/// <c>/__paperdigest/</c>: <c>live.js</c>, <c>status</c> (JSON) and <c>events</c> (server-sent events).
/// Nothing is cached, by the server or (<c>Cache-Control: no-store</c>) by the browser. A request whose <c>Host</c>
/// is not the server's, or one to its own endpoints from another <c>Origin</c>, gets 403 (<see cref="HostAllowList"/>).
/// </summary>
internal sealed class DevRequestHandler
{
    public const string Prefix = "/__paperdigest/";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly string outputRoot;
    private readonly string basePath;
    private readonly HostAllowList hosts;
    private readonly LiveReloadHub hub;
    private readonly CancellationToken stopping;
    private readonly Func<string, string?>? previewed;

    /// <param name="outputRoot">The output folder; it is replaced by each successful build and looked up per request.</param>
    /// <param name="basePath">The path of the site's base URL, starting and ending with '/'.</param>
    /// <param name="hosts">The Host headers and origins answered.</param>
    /// <param name="stopping">Cancelled when the server stops, to end open event streams.</param>
    /// <param name="previewed">A page rendered ahead of the build for the edits it has not built yet, by site path; served
    /// instead of the output folder's (see <see cref="PagePreviewer"/>).</param>
    public DevRequestHandler(string outputRoot, string basePath, HostAllowList hosts, LiveReloadHub hub, CancellationToken stopping, Func<string, string?>? previewed = null)
    {
        this.previewed = previewed;
        this.outputRoot = Path.GetFullPath(outputRoot);
        this.basePath = basePath;
        this.hosts = hosts;
        this.hub = hub;
        this.stopping = stopping;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!hosts.AllowsHost(request.Headers.Host.ToString()))
        {
            await WriteTextAsync(context, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8",
                "403 Forbidden: this PaperDigest preview answers only requests for its own address (see 'paperdigest serve --help', --host).\n").ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.HasValue ? request.Path.Value! : "/";
        if (path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            // A page of another origin may not listen to the live reload (browsers send Origin on cross-origin requests).
            if (request.Headers.Origin is { Count: > 0 } origin && !hosts.AllowsOrigin(origin.ToString()))
            {
                await WriteTextAsync(context, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8",
                    "403 Forbidden: the live-reload endpoints answer only pages of this preview.\n").ConfigureAwait(false);
                return;
            }

            await ServeOwnAsync(context, path[Prefix.Length..]).ConfigureAwait(false);
            return;
        }

        if (path.StartsWith(basePath, StringComparison.Ordinal))
        {
            await ServeSiteAsync(context, "/" + path[basePath.Length..]).ConfigureAwait(false);
        }
        else if (path == "/" || path + "/" == basePath)
        {
            Redirect(response, basePath + request.QueryString);
        }
        else
        {
            await ServeNotFoundAsync(context).ConfigureAwait(false);
        }
    }

    private async Task ServeOwnAsync(HttpContext context, string name)
    {
        var response = context.Response;
        switch (name)
        {
            case "live.js":
                await WriteTextAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", LiveReloadScript.Source).ConfigureAwait(false);
                break;
            case "status":
                await WriteTextAsync(context, StatusCodes.Status200OK, "application/json; charset=utf-8",
                    JsonSerializer.Serialize(hub.Current, ServeJsonContext.Default.BuildStatus)).ConfigureAwait(false);
                break;
            case "events":
                await StreamEventsAsync(context).ConfigureAwait(false);
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private async Task ServeSiteAsync(HttpContext context, string sitePath)
    {
        if (previewed is not null && PagePath(sitePath) is { } page && previewed(page) is { } html)
        {
            await WriteHtmlAsync(context, StatusCodes.Status200OK, html).ConfigureAwait(false);
            return;
        }

        // A build swaps the output folder with two renames; a request that falls between them tries again.
        for (var attempt = 0; ; attempt++)
        {
            var (kind, file) = SiteFiles.Resolve(outputRoot, sitePath);
            var retry = attempt < 3 && hub.Current.Version is not null && !Directory.Exists(outputRoot);
            switch (kind)
            {
                case SiteFileKind.FolderWithoutSlash:
                    Redirect(context.Response, basePath + sitePath.TrimStart('/') + "/" + context.Request.QueryString);
                    return;
                case SiteFileKind.File:
                    try
                    {
                        await SendFileAsync(context, file!, StatusCodes.Status200OK).ConfigureAwait(false);
                        return;
                    }
                    catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException && attempt < 3 && !context.Response.HasStarted)
                    {
                        retry = true;
                    }

                    break;
            }

            if (!retry)
            {
                await ServeNotFoundAsync(context).ConfigureAwait(false);
                return;
            }

            await Task.Delay(25 * (attempt + 1), context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task ServeNotFoundAsync(HttpContext context)
    {
        var status = hub.Current;
        if (status.Version is null)
        {
            var message = status.Build == 0
                ? "The first build is still running; this page reloads when it is done."
                : "The site has not been built yet: the build failed. Fix the errors shown and save; this page reloads by itself.";
            await WriteHtmlAsync(context, StatusCodes.Status503ServiceUnavailable, PlaceholderPage.Html("PaperDigest", message)).ConfigureAwait(false);
            return;
        }

        try
        {
            await SendFileAsync(context, Path.Combine(outputRoot, "404.html"), StatusCodes.Status404NotFound).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException && !context.Response.HasStarted)
        {
            await WriteHtmlAsync(context, StatusCodes.Status404NotFound,
                PlaceholderPage.Html("Page not found", $"Nothing is served at {context.Request.Path} (the theme made no 404.html).")).ConfigureAwait(false);
        }
    }

    private async Task SendFileAsync(HttpContext context, string file, int statusCode)
    {
        // Opened before anything is sent: an open file survives the swap of its folder.
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            if (HtmlInjection.IsHtml(file))
            {
                using var reader = new StreamReader(stream, Utf8);
                var html = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
                await WriteHtmlAsync(context, statusCode, html).ConfigureAwait(false);
                return;
            }

            var response = context.Response;
            response.StatusCode = statusCode;
            response.ContentType = ContentTypes.For(file);
            response.ContentLength = stream.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await stream.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
            }
        }
    }

    private Task WriteHtmlAsync(HttpContext context, int statusCode, string html) =>
        WriteTextAsync(context, statusCode, "text/html; charset=utf-8", HtmlInjection.Inject(html, HtmlInjection.ScriptTag(hub.Current.Version ?? "")));

    private static async Task WriteTextAsync(HttpContext context, int statusCode, string contentType, string text)
    {
        var bytes = Utf8.GetBytes(text);
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static void Redirect(HttpResponse response, string location)
    {
        // 302, not 301: browsers keep a 301 for good, and a dev server's folders come and go.
        response.StatusCode = StatusCodes.Status302Found;
        response.Headers.Location = location;
    }

    /// <summary>
    /// Server-sent events: <c>reload</c> when a build succeeded, <c>failed</c> when one failed, each with the status as
    /// JSON; the current status first, so a page that connects late (or reconnects) catches up. A page that a build
    /// left as it was gets <c>unchanged</c> instead of <c>reload</c>, and takes the new version without reloading.
    /// </summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var token = ended.Token;
        var page = OpenPage(context.Request.Query["page"].ToString());
        // The version the page shows, as its script says.
        var shows = context.Request.Query["build"].ToString();
        using var subscription = hub.Subscribe(page);
        try
        {
            await WriteEventAsync(response, "retry: 1000\n\n", token).ConfigureAwait(false);
            while (true)
            {
                BuildStatus status;
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(token))
                {
                    wait.CancelAfter(KeepAlive);
                    try
                    {
                        status = await subscription.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!token.IsCancellationRequested)
                    {
                        // A comment now and then keeps proxies and idle timeouts from closing the stream.
                        await WriteEventAsync(response, ": keep-alive\n\n", token).ConfigureAwait(false);
                        continue;
                    }
                }

                if (status.Build == 0)
                {
                    continue;
                }

                var json = JsonSerializer.Serialize(status, ServeJsonContext.Default.BuildStatus);
                var kind = !status.Succeeded ? "failed"
                    : status.Version != shows && status.UnchangedSince == shows && page is not null && status.Unchanged.Contains(page, StringComparer.Ordinal) ? "unchanged"
                    : "reload";
                if (kind == "unchanged")
                {
                    shows = status.Version!;
                }

                await WriteEventAsync(response, $"event: {kind}\ndata: {json}\n\n", token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The page went away, or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke while writing.
        }
    }

    /// <summary>The site path of the page a live-reload script says it runs in (its <c>location.pathname</c>), or null.</summary>
    private string? OpenPage(string pathname)
    {
        var path = Uri.UnescapeDataString(pathname);
        return path.StartsWith(basePath, StringComparison.Ordinal) ? PagePath("/" + path[basePath.Length..]) : null;
    }

    /// <summary>The page a site path asks for, as <c>/x/</c> (also for <c>/x/index.html</c>); null for any other file.</summary>
    private static string? PagePath(string sitePath) =>
        sitePath.EndsWith("/index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length]
        : sitePath.EndsWith('/') ? sitePath
        : null;

    private static async Task WriteEventAsync(HttpResponse response, string text, CancellationToken token)
    {
        await response.Body.WriteAsync(Utf8.GetBytes(text), token).ConfigureAwait(false);
        await response.Body.FlushAsync(token).ConfigureAwait(false);
    }
}
