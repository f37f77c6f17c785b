using HandlebarsDotNet;
using PaperDigest.Diagnostics;

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

    public static Theme? Load(string root, string basePath, DiagnosticBag diagnostics)
    {
        var display = root.Replace('\\', '/').TrimEnd('/');
        var handlebars = Handlebars.Create();
        var assets = ThemeAssets.Load(root);
        ThemeHelpers.Register(handlebars, basePath, assets);
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);

        var partials = Path.Combine(root, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                var source = ReadTemplate(file, $"{display}/partials/{Path.GetFileName(file)}", diagnostics);
                if (source is not null)
                {
                    try
                    {
                        handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), source);
                    }
                    catch (HandlebarsException ex)
                    {
                        diagnostics.Error(Locate($"{display}/partials/{Path.GetFileName(file)}", ex), DiagnosticCodes.TemplateError, Clean(ex.Message));
                    }
                }
            }
        }

        var layout = Compile(handlebars, Path.Combine(root, "layouts", "base.hbs"), $"{display}/layouts/base.hbs", diagnostics);
        var templates = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        var folder = Path.Combine(root, "templates");
        var names = RequiredTemplates
            .Concat(Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.hbs").Select(Path.GetFileNameWithoutExtension).OfType<string>() : [])
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var compiled = Compile(handlebars, Path.Combine(folder, name + ".hbs"), $"{display}/templates/{name}.hbs", diagnostics);
            if (compiled is not null)
            {
                templates[name] = compiled;
            }
        }

        return diagnostics.Items.Count(d => d.IsError) > errorsBefore || layout is null ? null : new Theme(root, layout, templates, assets);
    }

    private static HandlebarsTemplate<object, object>? Compile(IHandlebars handlebars, string path, string display, DiagnosticBag diagnostics)
    {
        var source = ReadTemplate(path, display, diagnostics);
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

    private static string? ReadTemplate(string path, string display, DiagnosticBag diagnostics)
    {
        try
        {
            return Unindent(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            diagnostics.Error(SourceLocation.StartOf(display), DiagnosticCodes.TemplateMissing, "template is missing from the theme");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(display), DiagnosticCodes.TemplateMissing, $"cannot read template: {ex.Message}");
            return null;
        }
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
