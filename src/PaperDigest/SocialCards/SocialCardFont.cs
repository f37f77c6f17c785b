using PaperDigest.Incremental;
using SkiaSharp;

namespace PaperDigest.SocialCards;

/// <summary>
/// The font social cards are set in: the theme's <c>fonts/social-card.ttf</c> (DejaVu Sans Bold in the built-in
/// theme, which covers Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, basic Arabic and many symbols; no CJK,
/// Indic, Thai or emoji). Its
/// <see cref="Identity"/> is part of every card's name, so a new font gives new files.
/// </summary>
internal sealed class SocialCardFont
{
    /// <summary>Where a theme keeps the font.</summary>
    public const string ThemePath = "fonts/social-card.ttf";

    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>The last font this thread shaped text in, with its shaper: making a shaper reads the whole font.</summary>
    [ThreadStatic]
    private static (SocialCardFont Font, SkiaSharp.HarfBuzz.SKShaper Shaper)? threadShaper;

    private readonly byte[] bytes;
    private SKTypeface? typeface;

    private SocialCardFont(byte[] bytes, Fingerprint identity)
    {
        this.bytes = bytes;
        Identity = identity;
    }

    /// <summary>A HarfBuzz shaper for the font, this thread's own, made once while the thread draws in this font.</summary>
    public SkiaSharp.HarfBuzz.SKShaper Shaper
    {
        get
        {
            if (threadShaper is { } known && ReferenceEquals(known.Font, this))
            {
                return known.Shaper;
            }

            threadShaper?.Shaper.Dispose();
            var shaper = new SkiaSharp.HarfBuzz.SKShaper(Typeface);
            threadShaper = (this, shaper);
            return shaper;
        }
    }

    /// <summary>The fingerprint of the font file.</summary>
    public Fingerprint Identity { get; }

    /// <summary>The typeface, loaded on first use (a digest whose cards are all kept never loads it).</summary>
    public SKTypeface Typeface
    {
        get
        {
            if (Volatile.Read(ref typeface) is { } loaded)
            {
                return loaded;
            }

            var made = Load(bytes) ?? throw new InvalidOperationException("the social card font cannot be loaded");
            return Interlocked.CompareExchange(ref typeface, made, null) ?? made;
        }
    }

    /// <summary>The font in <paramref name="bytes"/>, or null (with the reason) when it is not a font SkiaSharp can draw with.</summary>
    public static SocialCardFont? From(byte[] bytes, out string? problem)
    {
        using var probe = Load(bytes);
        if (probe is null || probe.GlyphCount == 0)
        {
            problem = "is not a TrueType or OpenType font SkiaSharp can read";
            return null;
        }

        problem = null;
        return new SocialCardFont(bytes, Fingerprint.Of(bytes));
    }

    private static SKTypeface? Load(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data);
    }
}
