using PaperDigest.Diagnostics;
using PaperDigest.Emitting;
using PaperDigest.Reading;

namespace PaperDigest.Assets;

/// <summary>
/// Copies the theme's <c>assets/</c> to <c>/assets/</c> under fingerprinted names (so they can be cached for a
/// year), and the digest's <c>static/</c> to the site root as it is: only the files the input scan admitted.
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
        foreach (var (_, fingerprinted, bytes) in assets.Files)
        {
            context.Output.Bytes("assets/" + fingerprinted, bytes);
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
