using System.Reflection;

namespace PaperDigest.Theming;

/// <summary>
/// The default theme, embedded in the tool from the repository's <c>theme/</c> folder when it is built
/// (resources named <c>theme/&lt;path&gt;</c>), so a digest needs no theme folder of its own.
/// </summary>
internal static class BuiltInTheme
{
    private const string Prefix = "theme/";

    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> files = new(ReadAll);

    /// <summary>How built-in files are named in messages and in <c>theme list</c>.</summary>
    public const string DisplayRoot = "(built-in theme)";

    /// <summary>Every file of the default theme by its path inside the theme, in ordinal order.</summary>
    public static IReadOnlyDictionary<string, byte[]> Files => files.Value;

    private static SortedDictionary<string, byte[]> ReadAll()
    {
        var assembly = typeof(BuiltInTheme).Assembly;
        var map = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            map[name[Prefix.Length..].Replace('\\', '/')] = copy.ToArray();
        }

        return map;
    }
}
