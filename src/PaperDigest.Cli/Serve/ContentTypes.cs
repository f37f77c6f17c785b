using Microsoft.AspNetCore.StaticFiles;

namespace PaperDigest.Cli.Serve;

/// <summary>The media types a static host sends, with a charset on text, including the digest's own file kinds.</summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider ProviderInstance = Create();

    /// <summary>The provider itself, for static-file middleware (the tests' static host uses it too).</summary>
    public static FileExtensionContentTypeProvider Provider => ProviderInstance;

    public static string For(string path) =>
        ProviderInstance.TryGetContentType(path, out var type) ? type : "application/octet-stream";

    private static FileExtensionContentTypeProvider Create()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".html"] = "text/html; charset=utf-8";
        types.Mappings[".htm"] = "text/html; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".mjs"] = "text/javascript; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        types.Mappings[".xml"] = "application/xml; charset=utf-8";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml";
        types.Mappings[".opml"] = "text/x-opml; charset=utf-8";
        types.Mappings[".bib"] = "application/x-bibtex; charset=utf-8";
        types.Mappings[".ris"] = "application/x-research-info-systems; charset=utf-8";
        types.Mappings[".webmanifest"] = "application/manifest+json; charset=utf-8";
        return types;
    }
}
