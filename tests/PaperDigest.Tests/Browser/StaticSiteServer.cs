using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace PaperDigest.Tests.Browser;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 and a free port, as a static host (Netlify, GitHub Pages) does:
/// <c>/x/</c> is <c>x/index.html</c>, <c>/x</c> redirects to <c>/x/</c> when that folder has an index, and any
/// other missing path gets <c>404.html</c> with status 404.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the site is served, ending in '/': <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; }

    public static async Task<StaticSiteServer> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = root,
            WebRootPath = root,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var rules = HeaderRules.Read(Path.Combine(root, "_headers"));
        app.Use(async (context, next) =>
        {
            // Like Netlify: every rule of the site's _headers whose path pattern matches adds its headers.
            foreach (var (name, value) in rules.For(context.Request.Path.Value ?? "/"))
            {
                context.Response.Headers[name] = value;
            }

            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = PaperDigest.Cli.Serve.ContentTypes.Provider,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(root, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
