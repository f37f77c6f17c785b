using System.Text;

namespace PaperDigest.Scaffolding;

/// <summary>Writes a planned entry into the input folder; an existing file is never overwritten.</summary>
internal static class EntryFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates the file; returns null, or why it was not written.</summary>
    public static string? Create(string inputRoot, EntryPlan plan)
    {
        var path = Path.Combine(inputRoot, plan.RelativePath);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return $"{plan.DisplayPath} already exists; it was not overwritten";
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var bytes = Utf8.GetBytes(plan.Text);
            stream.Write(bytes);
            return null;
        }
        catch (IOException) when (File.Exists(path))
        {
            return $"{plan.DisplayPath} already exists; it was not overwritten";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot write {plan.DisplayPath}: {ex.Message}";
        }
    }
}
