using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using PaperDigest.Building;
using PaperDigest.Tests.Site;
using SkiaSharp;

namespace PaperDigest.Tests.Figures;

/// <summary>A tiny digest with one entry, <c>papers/2025/a-paper.md</c>, whose figures the test writes into <c>papers/2025/a-paper/</c>.</summary>
internal sealed class FigureDigest
{
    public const string Entry = "papers/2025/a-paper.md";

    private readonly TempFolder temp;

    public FigureDigest(TempFolder temp, string figures, string siteYml = TinyDigest.SiteYml)
    {
        this.temp = temp;
        Input = TinyDigest.Create(temp.Combine("input"), siteYml, TinyDigest.TagsYml,
            ("2025/a-paper.md", TinyDigest.Entry("A Paper With Figures", "2025-03-11", "Why it matters.", extra: figures)));
    }

    public string Input { get; }

    public string Output => temp.Combine("site");

    /// <summary>The entry's figure folder.</summary>
    public string Folder => Path.Combine(Input, "papers", "2025", "a-paper");

    public FigureDigest With(string name, byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        return this;
    }

    public BuildResult Build() => SiteBuilder.Build(new BuildOptions(Input, RepoPaths.Theme, Output));

    public IReadOnlyList<Diagnostics.Diagnostic> Check() => SiteBuilder.Check(new BuildOptions(Input, RepoPaths.Theme, Output)).Diagnostics;

    /// <summary>A diagram of the given size, as PNG (or another format).</summary>
    public static byte[] Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png, string label = "a box")
    {
        using var diagram = new Diagram(width, height);
        diagram.Box(width / 8f, height / 4f, width * 3 / 4f, height / 2f, new SKColor(0xd6, 0xe8, 0xf7), label, Math.Max(8, height / 12f));
        return diagram.Encode(format, 90);
    }

    /// <summary>A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels, with almost no data: a decompression bomb's header.</summary>
    public static byte[] ClaimedPng(int width, int height)
    {
        var bytes = new List<byte>([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 6; // RGBA
        Chunk(bytes, "IHDR", header);
        Chunk(bytes, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(bytes, "IEND", []);
        return [.. bytes];
    }

    private static void Chunk(List<byte> png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.AddRange(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.AddRange(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        png.AddRange(crc);
    }
}
