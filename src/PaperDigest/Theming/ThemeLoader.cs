using System.Text;
using PaperDigest.Diagnostics;
using PaperDigest.Reading;
using PaperDigest.Theming.Views;
using Scriban;
using Scriban.Parsing;

namespace PaperDigest.Theming;

/// <summary>
/// Loads a theme: the built-in theme overlaid with the digest's theme folder (<see cref="ThemeFiles"/>), every
/// <c>.sbn-html</c> file under <c>layouts/</c>, <c>templates/</c> and <c>partials/</c> parsed once and checked
/// against the views of <see cref="ThemeContract"/>. Every problem of every template is a diagnostic naming the
/// file, line and column; a theme with any error is not returned.
/// </summary>
internal static class ThemeLoader
{
    private static readonly string[] TemplateFolders = ["layouts", "templates", "partials"];

    /// <param name="folder">The digest's theme folder; it may be absent or hold only the files it changes.</param>
    /// <param name="tree">The theme folder's files and problems, if already scanned.</param>
    public static Theme? Load(string folder, string basePath, DiagnosticBag diagnostics, InputTree? tree = null)
    {
        var files = ThemeFiles.Overlay(folder, tree);
        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        diagnostics.AddRange(files.Problems);
        foreach (var (file, origin) in files.Origins)
        {
            if (origin == ThemeFileOrigin.Folder && file.EndsWith(".hbs", StringComparison.Ordinal))
            {
                diagnostics.Error(SourceLocation.StartOf(files.Display(file)), DiagnosticCodes.TemplateHandlebars,
                    $"a Handlebars template: themes are Scriban templates ({ThemeContract.Extension}) now; rename and rewrite it as the theme "
                    + "README's 'Moving from Handlebars' shows (paperdigest theme eject README.md copies it here)");
            }
        }

        var assets = ThemeAssets.Load(files, diagnostics);
        var font = SocialFont(files, diagnostics);
        var parsed = new Dictionary<string, ParsedTemplate>(StringComparer.Ordinal);
        foreach (var folderName in TemplateFolders)
        {
            foreach (var file in files.In(folderName, ThemeContract.Extension))
            {
                if (Parse(files, file, diagnostics) is { } template)
                {
                    parsed[file] = template;
                }
            }
        }

        var partials = parsed.Values
            .Where(t => t.Path.StartsWith("partials/", StringComparison.Ordinal))
            .ToDictionary(t => Path.GetFileName(t.Path)[..^ThemeContract.Extension.Length], StringComparer.Ordinal);
        var runtime = new ThemeRuntime(basePath, assets, partials);
        var checker = new TemplateChecker(runtime, diagnostics);

        var layout = Required(files, parsed, ThemeContract.Layout, checker, diagnostics);
        var templates = new Dictionary<string, ParsedTemplate>(StringComparer.Ordinal);
        foreach (var expected in ThemeContract.Templates)
        {
            if (Required(files, parsed, expected, checker, diagnostics) is { } template)
            {
                templates[expected.Name] = template;
            }
        }

        foreach (var (name, partial) in partials.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            checker.CheckUncalled(name, partial, ThemeContract.Partials.FirstOrDefault(p => p.Name == name)?.View);
        }

        foreach (var template in parsed.Values.Where(t => t.Path.StartsWith("templates/", StringComparison.Ordinal) && !templates.ContainsValue(t)))
        {
            diagnostics.Warning(SourceLocation.StartOf(template.Display), DiagnosticCodes.TemplateUnused,
                $"the build renders no page with this template; its templates are {string.Join(", ", ThemeContract.Templates.Select(t => t.Name))}");
        }

        // The weekly e-mail is a document for mail clients, which need inline styles; the site's policy does not apply to mail.
        foreach (var template in parsed.Values.Where(t => t.Path != ThemeContract.Template("newsletter")!.Path))
        {
            ContentPolicyCheck.Check(template, diagnostics);
        }

        return diagnostics.Items.Count(d => d.IsError) > errorsBefore || layout is null
            ? null
            : new Theme(layout, templates, runtime, assets) { SocialFont = font };
    }

    /// <summary>The font social cards are set in; a theme without one, or with a file that is not a font, is an error.</summary>
    private static SocialCards.SocialCardFont? SocialFont(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var path = SocialCards.SocialCardFont.ThemePath;
        var at = SourceLocation.StartOf(files.Display(path));
        var bytes = files.Read(path, SocialCards.SocialCardFont.MaxBytes, diagnostics);
        if (bytes is null)
        {
            if (!files.Origins.ContainsKey(path))
            {
                diagnostics.Error(at, DiagnosticCodes.SocialCardFont, "the theme has no font for social cards; put a TrueType or OpenType font here");
            }

            return null;
        }

        var font = SocialCards.SocialCardFont.From(bytes, out var problem);
        if (font is null)
        {
            diagnostics.Error(at, DiagnosticCodes.SocialCardFont, $"the social card font {problem}");
        }

        return font;
    }

    private static ParsedTemplate? Required(ThemeFiles files, Dictionary<string, ParsedTemplate> parsed, ThemeTemplate expected, TemplateChecker checker, DiagnosticBag diagnostics)
    {
        if (parsed.TryGetValue(expected.Path, out var template))
        {
            checker.Check(template, expected.View);
            return template;
        }

        if (!files.Origins.ContainsKey(expected.Path))
        {
            diagnostics.Error(SourceLocation.StartOf(files.Display(expected.Path)), DiagnosticCodes.TemplateMissing, "template is missing from the theme");
        }

        return null;
    }

    private static ParsedTemplate? Parse(ThemeFiles files, string file, DiagnosticBag diagnostics)
    {
        var display = files.Display(file);
        var bytes = files.Read(file, SourceDecoder.MaxFileBytes, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(SourceLocation.StartOf(display), DiagnosticCodes.TemplateError, "template is not valid UTF-8");
            return null;
        }

        var template = Template.Parse(text, display.ToString(), new ParserOptions { ExpressionDepthLimit = 64 }, new LexerOptions { Mode = ScriptMode.Default });
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(TemplateLocations.Of(message.Span, display), DiagnosticCodes.TemplateError, "template syntax error: " + message.Message);
            }

            return null;
        }

        return new ParsedTemplate(file, display, template);
    }
}
