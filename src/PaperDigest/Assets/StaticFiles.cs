using PaperDigest.Emitting;

namespace PaperDigest.Assets;

/// <summary>Copies the theme's <c>assets/</c> to <c>/assets/</c> and the digest's <c>static/</c> to the site root, as they are.</summary>
public sealed class StaticFiles : IEmitter
{
    public EmitCount Emit(EmitContext context)
    {
        Copy(Path.Combine(context.Inputs.ThemeRoot, "assets"), "assets/", context);
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
