namespace PaperDigest.Emitting;

/// <summary>How many pages and feeds an emitter wrote, for the build's summary line.</summary>
internal readonly record struct EmitCount(int Pages, int Feeds)
{
    public static EmitCount operator +(EmitCount a, EmitCount b) => new(a.Pages + b.Pages, a.Feeds + b.Feeds);

    public static EmitCount Add(EmitCount a, EmitCount b) => a + b;
}
