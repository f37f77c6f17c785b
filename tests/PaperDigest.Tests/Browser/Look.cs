using Microsoft.Playwright;

namespace PaperDigest.Tests.Browser;

/// <summary>How a reader's browser looks at the site: window size, light or dark, with or without JavaScript.</summary>
public readonly record struct Look(string Name, int Width, int Height, ColorScheme Scheme, bool Phone = false, bool JavaScript = true)
{
    public static readonly Look Desktop = new("desktop-light", 1280, 800, ColorScheme.Light);

    public static readonly Look DesktopDark = new("desktop-dark", 1280, 800, ColorScheme.Dark);

    public static readonly Look Phone390 = new("phone-light", 390, 844, ColorScheme.Light, Phone: true);

    public static readonly Look Phone390Dark = new("phone-dark", 390, 844, ColorScheme.Dark, Phone: true);

    public static readonly Look NoScript = new("desktop-nojs", 1280, 800, ColorScheme.Light, JavaScript: false);

    public static IReadOnlyList<Look> ForScreenshots { get; } = [Desktop, DesktopDark, Phone390, Phone390Dark];

    public override string ToString() => Name;
}
