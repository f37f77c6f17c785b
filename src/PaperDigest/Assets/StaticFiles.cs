using PaperDigest.Diagnostics;
using PaperDigest.Emitting;
using PaperDigest.Reading;
using PaperDigest.Theming.Publishing;

namespace PaperDigest.Assets;

/// <summary>
/// Copies the theme's <c>assets/</c> to <c>/assets/</c> under fingerprinted names (so they can be cached for a
/// year), stylesheets and scripts minified and stylesheets purged, each made again only when what it is made from
/// changed; and the digest's <c>static/</c> to the site root as it is: only the files the input scan admitted.
/// </summary>
internal sealed class StaticFiles : IEmitter
{
    public SiteFacts Adds => SiteFacts.None;

    public SiteFacts Reads => SiteFacts.None;

    /// <summary>The largest static file the build copies (it is held in memory once while it is written).</summary>
    public const long MaxStaticFileBytes = 512L * 1024 * 1024;

    public EmitCount Emit(EmitContext context)
    {
        var assets = context.Theme.Assets;
        foreach (var asset in assets.Files)
        {
            if (asset.Published is { } published)
            {
                context.Output.Bytes("assets/" + asset.Fingerprinted, published, PublishedAsset.Make);
            }
            else
            {
                context.Output.Bytes("assets/" + asset.Fingerprinted, asset.Bytes);
            }
        }

        var tree = context.Inputs.Tree;
        foreach (var file in tree.In("static", null))
        {
            Copy(context, tree.Root, file, file["static/".Length..]);
        }

        return default;
    }

    private static void Copy(EmitContext context, string root, string relative, string target)
    {
        var problems = new DiagnosticBag();
        var bytes = InputGate.ReadBytes(root, relative, MaxStaticFileBytes, problems)
            ?? throw new InputUnreadableException(problems.Items[0]);
        context.Output.Bytes(target, bytes);
    }
}
