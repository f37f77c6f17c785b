using SkiaSharp;

namespace PaperDigest.Tests.Figures;

/// <summary>
/// The sample digest's figures: simple diagrams of each paper's idea, drawn here into
/// <c>input/papers/2025/&lt;entry&gt;/</c> when the tests run with <c>UPDATE_SAMPLE_FIGURES=1</c>
/// (<c>dotnet test --filter SampleFigureDrawing</c>); the files are committed, and the golden pages change with them.
/// Otherwise the test checks that the committed files are the images drawn here, by type and size.
/// </summary>
public sealed class SampleFigureDrawing
{
    private static readonly SKColor Blue = new(0xd6, 0xe8, 0xf7);
    private static readonly SKColor Green = new(0xd9, 0xf0, 0xdc);
    private static readonly SKColor Amber = new(0xfc, 0xe8, 0xc8);
    private static readonly SKColor Rose = new(0xf7, 0xd9, 0xdf);
    private static readonly SKColor Grey = new(0x52, 0x5c, 0x68);

    private static string Folder(string entry) => Path.Combine(RepoPaths.Root, "input", "papers", "2025", entry);

    private static void Save(string entry, string name, byte[] bytes)
    {
        Directory.CreateDirectory(Folder(entry));
        File.WriteAllBytes(Path.Combine(Folder(entry), name), bytes);
    }

    private static readonly bool Update = Environment.GetEnvironmentVariable("UPDATE_SAMPLE_FIGURES") == "1";

    [Fact]
    public void The_sample_figures_are_the_diagrams_drawn_here()
    {
        (string Entry, string Name, Func<byte[]> Draw)[] figures =
        [
            ("1802.08024", "multilevel-selection.png", MultilevelSelection),
            ("2010.09990", "pipeline.png", OpenCatalystPipeline),
            ("2010.09990", "tasks.jpg", OpenCatalystTasks),
            ("2209.09097", "factorised-model.png", FactorisedModel),
            ("2212.02846", "continual-potential.png", ContinualPotential),
        ];
        foreach (var (entry, name, draw) in figures)
        {
            var drawn = draw();
            if (Update)
            {
                Save(entry, name, drawn);
            }

            var committed = Path.Combine(Folder(entry), name);
            Assert.True(File.Exists(committed), $"{committed} is missing; run the tests with UPDATE_SAMPLE_FIGURES=1");
            Assert.Equal(Header(drawn), Header(File.ReadAllBytes(committed)));
            Assert.Contains($"file: {name}", File.ReadAllText(Folder(entry) + ".md"), StringComparison.Ordinal);
        }
    }

    private static (SKEncodedImageFormat, int, int) Header(byte[] bytes)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(bytes));
        return (codec.EncodedFormat, codec.Info.Width, codec.Info.Height);
    }

    private static byte[] MultilevelSelection()
    {
        using var d = new Diagram(960, 540);
        d.Text("Lipids as individuals, protocells as groups", 480, 50, 28, Grey, SKTextAlign.Center);
        foreach (var (x, cooperative) in new[] { (90f, true), (550f, false) })
        {
            using var membrane = new SKPaint { Color = cooperative ? Green : Rose, IsAntialias = true };
            d.Canvas.DrawOval(new SKRect(x, 100, x + 320, 330), membrane);
            using var dot = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 9; i++)
            {
                dot.Color = (i % 3 == 0) == cooperative ? new SKColor(0x2e, 0x7d, 0x32) : new SKColor(0xc6, 0x28, 0x28);
                d.Canvas.DrawCircle(x + 80 + (i % 3 * 80), 160 + (i / 3 * 60), 16, dot);
            }

            d.Text(cooperative ? "protocell A: mostly cooperative lipids" : "protocell B: mostly selfish lipids", x + 160, 360, 18, Grey, SKTextAlign.Center);
        }

        d.Box(60, 400, 400, 110, Blue, "between groups:\nCov(W, Z) favours protocells\nthat copy themselves well", 20);
        d.Box(500, 400, 400, 110, Amber, "within a group:\nE[Cov(w, z)] favours lipids\nthat grow at the group's cost", 20);
        return d.Encode();
    }

    private static byte[] OpenCatalystPipeline()
    {
        using var d = new Diagram(1000, 420);
        var dft = d.Box(20, 150, 250, 120, Amber, "DFT relaxations:\nadsorbate on\na surface", 20);
        var data = d.Box(350, 130, 320, 160, Blue, "OC20:\nover a million relaxations,\nfixed train / val / test", 20);
        var tasks = new[] { ("S2EF", 40f), ("IS2RS", 170f), ("IS2RE", 300f) };
        d.Arrow(new SKPoint(dft.Right, dft.MidY), new SKPoint(data.Left, data.MidY));
        foreach (var (name, y) in tasks)
        {
            var box = d.Box(750, y, 220, 80, Green, name, 26);
            d.Arrow(new SKPoint(data.Right, data.MidY), new SKPoint(box.Left, box.MidY));
        }

        d.Text("one dataset, three benchmark tasks, a public leaderboard", 500, 400, 20, Grey, SKTextAlign.Center);
        return d.Encode();
    }

    private static byte[] OpenCatalystTasks()
    {
        using var d = new Diagram(900, 480);
        (string Task, string From, string To)[] rows =
        [
            ("S2EF", "any structure", "energy and forces"),
            ("IS2RS", "initial structure", "relaxed structure"),
            ("IS2RE", "initial structure", "relaxed energy"),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 40 + (i * 145);
            d.Text(rows[i].Task, 40, y + 62, 30, Grey);
            var from = d.Box(200, y, 250, 100, Blue, rows[i].From);
            var to = d.Box(600, y, 250, 100, Green, rows[i].To);
            d.Arrow(new SKPoint(from.Right, from.MidY), new SKPoint(to.Left, to.MidY), "predict");
        }

        return d.Encode(SKEncodedImageFormat.Jpeg, 90);
    }

    private static byte[] FactorisedModel()
    {
        using var d = new Diagram(1000, 460);
        var view = d.Box(30, 170, 170, 110, Amber, "observed\nview");
        var encoder = d.Box(250, 170, 150, 110, Blue, "encoder");
        var what = d.Box(460, 80, 220, 110, Green, "what it is:\ncategory, shape");
        var how = d.Box(460, 260, 220, 110, Rose, "how it sits:\npose");
        var decoder = d.Box(740, 170, 220, 110, Blue, "decoder:\npredicted view");
        d.Arrow(new SKPoint(view.Right, view.MidY), new SKPoint(encoder.Left, encoder.MidY));
        d.Arrow(new SKPoint(encoder.Right, encoder.MidY), new SKPoint(what.Left, what.MidY));
        d.Arrow(new SKPoint(encoder.Right, encoder.MidY), new SKPoint(how.Left, how.MidY));
        d.Arrow(new SKPoint(what.Right, what.MidY), new SKPoint(decoder.Left, decoder.MidY));
        d.Arrow(new SKPoint(how.Right, how.MidY), new SKPoint(decoder.Left, decoder.MidY));
        d.Text("the agent moves to the pose whose predicted view it prefers", 500, 430, 20, Grey, SKTextAlign.Center);
        return d.Encode();
    }

    private static byte[] ContinualPotential()
    {
        using var d = new Diagram(960, 400);
        var first = d.Box(40, 60, 220, 100, Blue, "task 1\ndata");
        var w1 = d.Box(40, 240, 220, 100, Green, "weights after\ntask 1");
        var second = d.Box(700, 60, 220, 100, Amber, "task 2\ndata");
        var w2 = d.Box(700, 240, 220, 100, Green, "weights after\ntask 2");
        d.Arrow(new SKPoint(first.MidX, first.Bottom), new SKPoint(w1.MidX, w1.Top), "learn");
        d.Arrow(new SKPoint(second.MidX, second.Bottom), new SKPoint(w2.MidX, w2.Top), "learn");
        var anchor = d.Box(330, 230, 300, 120, Rose, "Franz–Parisi potential:\nkeep task 2's weights\nclose to task 1's", 20);
        d.Arrow(new SKPoint(w1.Right, w1.MidY), new SKPoint(anchor.Left, anchor.MidY));
        d.Arrow(new SKPoint(anchor.Right, anchor.MidY), new SKPoint(w2.Left, w2.MidY));
        d.Text("forgetting is traded against learning through one overlap term", 480, 390, 19, Grey, SKTextAlign.Center);
        return d.Encode();
    }
}
