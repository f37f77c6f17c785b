using System.Text;
using System.Text.Json;
using PaperDigest.Rendering;
using PaperDigest.Rendering.Math;

namespace PaperDigest.Tests.MathML;

/// <summary>
/// The math gallery: the formulas of <c>TestFiles/MathGallery/expressions.txt</c> as PaperDigest renders them (with the
/// theme's <c>site.css</c>, <c>math.css</c> and math font) beside Temml's rendering of the same TeX (with Temml's
/// <c>Temml-Latin-Modern.css</c> and the same font file), row by row, in one <c>gallery.html</c>. Temml's side sits in
/// shadow roots (declarative, <c>&lt;template shadowrootmode&gt;</c>) so that neither side's style sheet touches the
/// other's MathML; the fonts are declared on the document, where browsers look for <c>@font-face</c>.
/// </summary>
internal sealed record MathGallery(IReadOnlyList<MathGallery.Section> Sections)
{
    public sealed record Section(string Name, IReadOnlyList<string> Formulas);

    public static string ExpressionsFile => Path.Combine(RepoPaths.TestFiles, "MathGallery", "expressions.txt");

    public static string TemmlFolder => Path.Combine(TestTools.NodeModules, "temml", "dist");

    public static string TemmlScript => Path.Combine(RepoPaths.Root, "tests", "tools", "math-gallery-temml.cjs");

    public IEnumerable<string> Formulas => Sections.SelectMany(s => s.Formulas);

    public static MathGallery Load()
    {
        var sections = new List<Section>();
        foreach (var line in File.ReadAllLines(ExpressionsFile).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) && !line.Contains(':', StringComparison.Ordinal) && line.Length < 40)
            {
                sections.Add(new Section(line[2..], []));
            }
            else if (!line.StartsWith('#') && sections.Count > 0)
            {
                sections[^1] = sections[^1] with { Formulas = [.. sections[^1].Formulas, line] };
            }
        }

        return new MathGallery(sections);
    }

    /// <summary>Temml's MathML of every formula, in order, from one node process.</summary>
    public async Task<IReadOnlyList<string>> TemmlAsync(string folder)
    {
        var input = Path.Combine(folder, "formulas.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(Formulas.ToArray()), TestContext.Current.CancellationToken);
        var (exit, stdout, stderr) = await ToolProcessRun.RunAsync(TestTools.NodePath!, [TemmlScript, input], Path.Combine(RepoPaths.Root, "tests", "tools"));
        Assert.True(exit == 0, $"Temml failed (exit {exit}):\n{stderr}");
        return JsonSerializer.Deserialize<string[]>(stdout)!;
    }

    /// <summary>Writes <c>gallery.html</c> and the style sheets and fonts it links into <paramref name="folder"/>; returns the page's path.</summary>
    public string Write(string folder, IReadOnlyList<string> temml)
    {
        var assets = Path.Combine(RepoPaths.Theme, "assets");
        Directory.CreateDirectory(Path.Combine(folder, "fonts"));
        Directory.CreateDirectory(Path.Combine(folder, "temml"));
        File.Copy(Path.Combine(assets, "site.css"), Path.Combine(folder, "site.css"), overwrite: true);
        File.Copy(Path.Combine(assets, "math.css"), Path.Combine(folder, "math.css"), overwrite: true);
        var font = Path.Combine(assets, "fonts", "paperdigest-math.woff2");
        File.Copy(font, Path.Combine(folder, "fonts", "paperdigest-math.woff2"), overwrite: true);
        // Temml's style sheet names the Latin Modern Math file latinmodernmath.woff2: the same font file, under that name.
        File.Copy(font, Path.Combine(folder, "temml", "latinmodernmath.woff2"), overwrite: true);
        File.Copy(Path.Combine(TemmlFolder, "Temml-Latin-Modern.css"), Path.Combine(folder, "temml", "Temml-Latin-Modern.css"), overwrite: true);
        File.Copy(Path.Combine(TemmlFolder, "Temml.woff2"), Path.Combine(folder, "temml", "Temml.woff2"), overwrite: true);

        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>PaperDigest math gallery: PaperDigest beside Temml</title>
            <link rel="stylesheet" href="site.css">
            <link rel="stylesheet" href="math.css">
            <style>
            @font-face { font-family: "Latin Modern Math"; src: url("temml/latinmodernmath.woff2") format("woff2"); }
            @font-face { font-family: "Temml"; src: url("temml/Temml.woff2") format("woff2"); }
            body { margin: 1rem; }
            table.gallery { border-collapse: collapse; width: 100%; table-layout: fixed; }
            table.gallery th, table.gallery td { border-bottom: 1px solid #ccc; padding: 0.25rem 0.5rem; vertical-align: middle; text-align: left; }
            table.gallery col.tex { width: 26%; }
            table.gallery td.tex code { font-size: 0.7rem; word-break: break-all; white-space: pre-wrap; background: none; }
            table.gallery th.section { font-size: 1.1rem; padding-top: 1rem; }
            table.gallery td .math-display { margin: 0; padding: 0.25rem 0; }
            table.gallery td.fallback { background: #fff3cd; }
            </style>
            </head>
            <body>
            <h1>Math gallery</h1>
            <p>Each formula as PaperDigest converts it (site.css, math.css, PaperDigest Math) and as Temml 0.13 converts it (Temml-Latin-Modern.css, the same font file).
            A yellow cell is a formula PaperDigest shows as its TeX.</p>
            <table class="gallery">
            <colgroup><col class="tex"><col><col></colgroup>
            <thead><tr><th>TeX</th><th>PaperDigest</th><th>Temml</th></tr></thead>
            <tbody>

            """);
        var i = 0;
        foreach (var section in Sections)
        {
            html.Append("<tr><th class=\"section\" colspan=\"3\">").Append(HtmlText.Escape(section.Name)).Append("</th></tr>\n");
            foreach (var tex in section.Formulas)
            {
                var ours = TexToMathML.Convert(tex, displayMode: true, out var shownAsTex);
                html.Append("<tr class=\"formula\"><td class=\"tex\"><code>").Append(HtmlText.Escape(tex)).Append("</code></td>")
                    .Append(shownAsTex ? "<td class=\"ours fallback\">" : "<td class=\"ours\">")
                    .Append("<div class=\"math math-display\">").Append(ours).Append("</div></td>")
                    .Append("<td class=\"temml\"><div class=\"temml-host\"><template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"temml/Temml-Latin-Modern.css\">")
                    .Append(temml[i++]).Append("</template></div></td></tr>\n");
            }
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        var path = Path.Combine(folder, "gallery.html");
        File.WriteAllText(path, html.ToString(), new UTF8Encoding(false));
        return path;
    }
}
