using HandlebarsDotNet;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;

namespace PaperDigest.Theming;

/// <summary>
/// Loads a theme folder at run time: <c>layouts/base.hbs</c>, <c>templates/*.hbs</c>, <c>partials/*.hbs</c>.
/// Missing templates and syntax errors are diagnostics naming the template file.
/// </summary>
public static partial class ThemeLoader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"[Ll]ine:?\s*(\d+)(?:[^\d]+[Cc]ol(?:umn)?:?\s*(\d+))?")]
    private static partial System.Text.RegularExpressions.Regex Position();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^[ \t]+(?=\{\{~?>)")]
    private static partial System.Text.RegularExpressions.Regex IndentedPartialCall();

    /// <summary>The templates the build renders; a theme must have each of them.</summary>
    public static readonly IReadOnlyList<string> RequiredTemplates = ["home", "paper", "tags", "tag", "day", "week", "month", "archive", "feeds", "newsletter", "page", "search", "404"];

    /// <param name="tree">The theme folder's files and problems, if already scanned.</param>
    public static Theme? Load(string root, string basePath, DiagnosticBag diagnostics, InputTree? tree = null)
    {
        var display = root.Replace('\\', '/').TrimEnd('/');
        tree ??= InputTree.Scan(root);
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        diagnostics.AddRange(tree.Problems);
        var handlebars = Handlebars.Create();
        var assets = ThemeAssets.Load(tree, diagnostics);
        ThemeHelpers.Register(handlebars, basePath, assets);

        foreach (var relative in Templates(tree, "partials"))
        {
            var source = ReadTemplate(tree, relative, $"{display}/{relative}", diagnostics);
            if (source is not null)
            {
                try
                {
                    handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(relative), source);
                }
                catch (HandlebarsException ex)
                {
                    diagnostics.Error(Locate($"{display}/{relative}", ex), DiagnosticCodes.TemplateError, Clean(ex.Message));
                }
            }
        }

        var layout = Compile(handlebars, tree, "layouts/base.hbs", $"{display}/layouts/base.hbs", diagnostics);
        var templates = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        var names = RequiredTemplates
            .Concat(Templates(tree, "templates").Select(Path.GetFileNameWithoutExtension).OfType<string>())
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var compiled = Compile(handlebars, tree, $"templates/{name}.hbs", $"{display}/templates/{name}.hbs", diagnostics);
            if (compiled is not null)
            {
                templates[name] = compiled;
            }
        }

        return diagnostics.Items.Count(d => d.IsError) > errorsBefore || layout is null ? null : new Theme(root, layout, templates, assets);
    }

    /// <summary>The <c>.hbs</c> files directly in one folder of the theme.</summary>
    private static IEnumerable<string> Templates(InputTree tree, string folder) =>
        tree.In(folder, ".hbs").Where(f => f.IndexOf('/', folder.Length + 1) < 0);

    private static HandlebarsTemplate<object, object>? Compile(IHandlebars handlebars, InputTree tree, string relative, string display, DiagnosticBag diagnostics)
    {
        var source = ReadTemplate(tree, relative, display, diagnostics);
        if (source is null)
        {
            return null;
        }

        try
        {
            return handlebars.Compile(source);
        }
        catch (HandlebarsException ex)
        {
            diagnostics.Error(Locate(display, ex), DiagnosticCodes.TemplateError, Clean(ex.Message));
            return null;
        }
    }

    /// <summary>A template's text; a missing one, or one the tree refused (already reported), is null.</summary>
    private static string? ReadTemplate(InputTree tree, string relative, string display, DiagnosticBag diagnostics)
    {
        if (tree.Problems.Any(p => p.Location.Path == display))
        {
            return null;
        }

        if (!tree.Files.Contains(relative))
        {
            diagnostics.Error(SourceLocation.StartOf(display), DiagnosticCodes.TemplateMissing, "template is missing from the theme");
            return null;
        }

        var bytes = InputGate.ReadBytes(tree.Root, relative, SourceDecoder.MaxFileBytes, diagnostics);
        return bytes is null ? null : Unindent(System.Text.Encoding.UTF8.GetString(bytes));
    }

    /// <summary>Handlebars.Net puts positions in some messages ("... at line 3, column 5" or "Line 3"); use them when present.</summary>
    private static SourceLocation Locate(string display, HandlebarsException ex)
    {
        var match = Position().Match(ex.Message);
        return match.Success
            ? new SourceLocation(display, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 1)
            : SourceLocation.StartOf(display);
    }

    /// <summary>
    /// Handlebars.Net 2.4 stops HTML-escaping inside a partial whose call stands indented on its own line
    /// (its "partial indentation" path), so the indentation before standalone <c>{{> name}}</c> calls is removed.
    /// </summary>
    internal static string Unindent(string source) =>
        IndentedPartialCall().Replace(source, "");

    private static string Clean(string message) => "template error: " + message.Replace('\n', ' ').Trim();
}
