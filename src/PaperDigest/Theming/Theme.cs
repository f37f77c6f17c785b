using System.Text;
using PaperDigest.Diagnostics;
using PaperDigest.Theming.Views;
using Scriban.Syntax;

namespace PaperDigest.Theming;

/// <summary>
/// A loaded theme: Scriban templates parsed and checked once, rendered from many threads, each render in its own
/// <see cref="PageRenderContext"/>. Values are escaped as they are written; <see cref="TrustedHtml"/> is not.
/// </summary>
internal sealed class Theme
{
    private readonly ParsedTemplate layout;
    private readonly IReadOnlyDictionary<string, ParsedTemplate> templates;
    private readonly ThemeRuntime runtime;

    /// <summary>The last context this thread rendered with, reused while it belongs to the same theme.</summary>
    [ThreadStatic]
    private static PageRenderContext? threadContext;

    internal Theme(ParsedTemplate layout, IReadOnlyDictionary<string, ParsedTemplate> templates, ThemeRuntime runtime, ThemeAssets assets, bool compile = true)
    {
        this.layout = layout;
        this.templates = templates;
        this.runtime = runtime;
        Assets = assets;
        if (compile)
        {
            // Only what renders is compiled: a template outside the contract is never rendered.
            runtime.Compile(Files);
        }
    }

    /// <summary>The theme's assets under their fingerprinted names.</summary>
    public ThemeAssets Assets { get; }

    /// <summary>The font social cards are set in (<see cref="SocialCards.SocialCardFont.ThemePath"/>).</summary>
    public SocialCards.SocialCardFont? SocialFont { get; init; }

    /// <summary>What renders this theme's templates: its functions, partials and compiled templates.</summary>
    internal ThemeRuntime Runtime => runtime;

    /// <summary>Every parsed template of the theme: the layout, the page templates and the partials.</summary>
    internal IEnumerable<ParsedTemplate> Files => [layout, .. templates.Values, .. runtime.Partials.Values];

    /// <summary>The same theme rendered by Scriban's interpreter alone, to check that compiled templates render the same.</summary>
    internal Theme Interpreted() => new(layout, templates, runtime.Uncompiled(), Assets, compile: false) { SocialFont = SocialFont };

    /// <summary>
    /// Renders a page as a string, for <c>serve</c>'s previews: the bytes <see cref="RenderPageUtf8"/> gives, so a
    /// preview is the page the build writes.
    /// </summary>
    public string RenderPage(string templateName, object model, SiteView site, PageMeta meta) =>
        Encoding.UTF8.GetString(RenderPageUtf8(templateName, model, site, meta));

    /// <summary>
    /// Renders a page, the named template with its model inside the base layout, as the UTF-8 bytes of its file: they
    /// are this thread's, valid until it renders its next page (see <see cref="PageBytes"/>). The page's own template
    /// is written into the thread's body buffer and copied into the layout from there, so no string of the page or its
    /// body is made.
    /// </summary>
    public ReadOnlySpan<byte> RenderPageUtf8(string templateName, object model, SiteView site, PageMeta meta)
    {
        var body = Rendered(Template(templateName), model, out var context, asBody: true) is { } html
            ? new TrustedHtml(html)
            : new TrustedHtml(context.BodyOutput);
        return Rendered(layout, new LayoutView(site, meta, body), out context) is { } page
            ? PageBytes.Of(page)
            : PageBytes.Of(context.PageOutput);
    }

    /// <summary>Renders one template without the layout.</summary>
    public string Render(string templateName, object model) => Render(Template(templateName), model);

    private ParsedTemplate Template(string templateName) =>
        templates.TryGetValue(templateName, out var template)
            ? template
            : throw new ThemeException(SourceLocation.StartOf(SourcePath.Given($"templates/{templateName}{ThemeContract.Extension}")), $"the theme has no template '{templateName}'");

    private string Render(ParsedTemplate template, object model) => Rendered(template, model, out var context) ?? context.PageOutput.ToString();

    /// <summary>
    /// Renders <paramref name="template"/>: the interpreter's output is returned; a compiled template's is left in the
    /// context's <see cref="PageRenderContext.PageOutput"/> (<see cref="PageRenderContext.BodyOutput"/> if
    /// <paramref name="asBody"/>), and null returned, for the caller to take as it needs it.
    /// </summary>
    private string? Rendered(ParsedTemplate template, object model, out PageRenderContext context, bool asBody = false)
    {
        // A context is costly to set up and caches what it learns of the view types, so each thread keeps one; a
        // render that fails may leave it half-unwound, so it is dropped then.
        context = threadContext is { } last && last.Runtime == runtime ? last : threadContext = new PageRenderContext(runtime);
        try
        {
            if (runtime.Compiled(template) is { } compiled)
            {
                compiled.Render(context, (asBody ? context.BodyOutput : context.PageOutput).Clear(), model, null, depth: 0);
                return null;
            }

            context.PushGlobal(new ViewScope(model));
            var html = template.Template.Render(context);
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException ex)
        {
            threadContext = null;
            throw new ThemeException(TemplateLocations.Of(ex.Span, template.Display), ex.OriginalMessage, ex);
        }
        catch
        {
            threadContext = null;
            throw;
        }
    }
}
