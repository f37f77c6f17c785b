using PaperDigest.Emitting;

namespace PaperDigest.Assets;

/// <summary>
/// Copies the theme's <c>assets/</c> to <c>/assets/</c> under fingerprinted names (so they can be cached for a
/// year), and the digest's <c>static/</c> to the site root as it is.
/// </summary>
public sealed class StaticFiles : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        var assets = context.Theme.Assets;
        foreach (var (path, fingerprinted) in assets.Files)
        {
            context.Output.CopyFile(Path.Combine(assets.Folder, path), "assets/" + fingerprinted);
        }

        Copy(Path.Combine(context.Inputs.InputRoot, "static"), "", context);
        return default;
    }

    private static void Copy(string folder, string prefix, EmitContext context)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            context.Output.CopyFile(file, prefix + relative);
        }
    }
}
