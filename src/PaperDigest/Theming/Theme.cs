using HandlebarsDotNet;
using PaperDigest.Theming.Views;

namespace PaperDigest.Theming;

/// <summary>
/// A loaded theme: Handlebars templates compiled once, safe to render from many threads.
/// <c>{{ }}</c> escapes HTML; <c>{{{ }}}</c> is only used for HTML PaperDigest produced itself.
/// </summary>
public sealed class Theme
{
    private readonly HandlebarsTemplate<object, object> layout;
    private readonly IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> templates;
    private readonly string layoutPath;
    private readonly string templateFolder;

    internal Theme(
        string root,
        HandlebarsTemplate<object, object> layout,
        IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> templates,
        ThemeAssets assets)
    {
        Assets = assets;
        this.layout = layout;
        this.templates = templates;
        layoutPath = Path.Combine(root, "layouts", "base.hbs");
        templateFolder = Path.Combine(root, "templates");
    }

    /// <summary>The theme's assets under their fingerprinted names.</summary>
    public ThemeAssets Assets { get; }

    /// <summary>Renders a page: the named template with its model, inside the base layout.</summary>
    public string RenderPage(string templateName, object model, SiteView site, PageMeta meta)
    {
        var content = Render(templateName, model);
        try
        {
            return layout(new LayoutView(site, meta, new TrustedHtml(content)));
        }
        catch (HandlebarsException ex)
        {
            throw new ThemeException(layoutPath, ex.Message, ex);
        }
    }

    /// <summary>Renders one template without the layout.</summary>
    public string Render(string templateName, object model)
    {
        if (!templates.TryGetValue(templateName, out var template))
        {
            throw new ThemeException(Path.Combine(templateFolder, templateName + ".hbs"), $"the theme has no template '{templateName}'");
        }

        try
        {
            return template(model);
        }
        catch (HandlebarsException ex)
        {
            throw new ThemeException(Path.Combine(templateFolder, templateName + ".hbs"), ex.Message, ex);
        }
    }
}
