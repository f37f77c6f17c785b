using PaperDigest.Diagnostics;
using PaperDigest.Theming;

namespace PaperDigest.Tests.Theming;

/// <summary>
/// The theme engine's promises, shown on templates written over the built-in theme: values are escaped where they
/// are written unless they are <see cref="TrustedHtml"/>; every name a template uses is checked against its view
/// before anything renders, in every branch; nothing reaches the clock, files or .NET beyond the views; loops and
/// recursion are bounded.
/// </summary>
public sealed class ScribanThemeTests
{
    private const string Page = "templates/page.sbn-html";
    private const string Hostile = "<script>alert('x')</script> & \"q\" `t` a=b";
    private const string HostileEscaped = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;q&quot; &#x60;t&#x60; a&#x3D;b";

    [Fact]
    public void Text_is_escaped_in_content_and_attributes_and_only_trusted_html_is_written_as_it_is()
    {
        using var theme = new ThemeOverlay((Page, "<h1 title=\"{{ title }}\">{{ title }}</h1>{{ content_html }}"));
        Assert.Empty(theme.Errors);

        var html = theme.RenderPage(Hostile, "<p>written <em>as is</em></p>");

        Assert.Equal($"<h1 title=\"{HostileEscaped}\">{HostileEscaped}</h1><p>written <em>as is</em></p>", html);
    }

    [Fact]
    public void A_value_that_passes_through_a_filter_is_escaped_once_and_trusted_html_through_a_filter_is_no_longer_trusted()
    {
        using var theme = new ThemeOverlay((Page, "{{ title | string.upcase }}|{{ content_html | string.downcase }}"));
        Assert.Empty(theme.Errors);

        var html = theme.RenderPage("a & <b>", "<P>Body</P>");

        Assert.Equal("A &amp; &lt;B&gt;|&lt;p&gt;body&lt;/p&gt;", html);
    }

    [Fact]
    public void A_partial_returns_trusted_html_so_its_escaped_values_are_not_escaped_twice()
    {
        using var theme = new ThemeOverlay(
            (Page, "<div>{{ partial \"heading\" model }}</div>"),
            ("partials/heading.sbn-html", "<h1>{{ title }}</h1>"));
        Assert.Empty(theme.Errors);

        Assert.Equal("<div><h1>a &amp; &lt;b&gt;</h1></div>", theme.RenderPage("a & <b>", ""));
    }

    [Fact]
    public void A_partial_sees_its_model_and_the_options_its_caller_passes_and_a_missing_option_is_null()
    {
        using var theme = new ThemeOverlay(
            (Page, "{{ partial \"who\" site {loud: true} }}/{{ partial \"who\" site }}"),
            ("partials/who.sbn-html", "{{ if options.loud }}{{ title | string.upcase }}{{ else }}{{ title }}{{ end }}"));
        Assert.Empty(theme.Errors);

        Assert.Equal("A DIGEST/A digest", theme.RenderPage("x", ""));
    }

    [Fact]
    public void A_misspelt_member_is_an_error_with_the_templates_line_and_column_and_a_suggestion_even_in_a_branch_no_page_takes()
    {
        using var theme = new ThemeOverlay((Page, "<h1>{{ title }}</h1>\n{{ if false }}\n  <p>{{ site.titel }}</p>\n{{ end }}\n"));

        Assert.Null(theme.Theme);
        var error = Assert.Single(theme.Errors);
        Assert.Equal(DiagnosticCodes.TemplateUnknownName, error.Code);
        Assert.EndsWith("theme/" + Page, error.Location.Path, StringComparison.Ordinal);
        Assert.Equal((3, 14), (error.Location.Line, error.Location.Column));
        Assert.Contains("SiteView has no member 'titel'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'title'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ titel }}", "unknown variable or function 'titel'", "did you mean 'title'?")]
    [InlineData("{{ Title }}", "unknown variable or function 'Title'", "did you mean 'title'?")]
    [InlineData("{{ site.HomeUrl }}", "SiteView has no member 'HomeUrl'", "did you mean 'home_url'?")]
    [InlineData("{{ plurl 2 \"paper\" }}", "unknown variable or function 'plurl'", "did you mean 'plural'?")]
    [InlineData("{{ string.upcse title }}", "'string' has no function 'upcse'", "did you mean 'upcase'?")]
    [InlineData("{{ plural 2 }}", "'plural' takes 2 to 3 arguments; it is given 1", "")]
    [InlineData("{{ relurl }}", "'relurl' takes 1 argument; it is given 0", "")]
    [InlineData("{{ for a in site.editors }}{{ a.name }}{{ end }}", "text has no member 'name'", "")]
    [InlineData("{{ for a in site.pages }}{{ for.frist }}{{ end }}", "frist", "")]
    [InlineData("{{ title.length }}", "text has no member 'length'", "")]
    [InlineData("{{ partial \"cards\" site }}", "the theme has no partial 'cards'", "did you mean 'card'?")]
    [InlineData("{{ partial \"../../../etc/passwd\" site }}", "the theme has no partial '../../../etc/passwd'", "")]
    public void Every_unknown_name_or_wrong_call_is_an_error_naming_it(string template, string message, string hint)
    {
        using var theme = new ThemeOverlay((Page, template));

        Assert.Null(theme.Theme);
        var error = Assert.Single(theme.Errors);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Line);
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ timespan.from_days 1 }}")]
    [InlineData("{{ include \"paper\" }}")]
    [InlineData("{{ object.eval \"1+1\" }}")]
    [InlineData("{{ environment }}")]
    [InlineData("{{ this }}")]
    [InlineData("{{ func f; ret 1; end }}")]
    [InlineData("{{ import site }}")]
    public void The_clock_files_the_environment_and_code_beyond_the_views_are_out_of_reach(string template)
    {
        using var theme = new ThemeOverlay((Page, template));

        Assert.Null(theme.Theme);
        Assert.NotEmpty(theme.Errors);
    }

    [Fact]
    public void Every_template_error_of_a_theme_is_reported_in_one_load()
    {
        using var theme = new ThemeOverlay(
            (Page, "{{ titel }}"),
            ("templates/404.sbn-html", "{{ site.hom_url }}"),
            ("partials/card.sbn-html", "{{ tittle }}"),
            ("templates/tags.sbn-html", "{{ if tags }}unclosed"));

        Assert.Null(theme.Theme);
        var files = theme.Errors.Select(e => Path.GetFileName(e.Location.Path)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["404.sbn-html", "card.sbn-html", "page.sbn-html", "tags.sbn-html"], files);
        Assert.Contains(theme.Errors, e => e.Code == DiagnosticCodes.TemplateError && e.Location.Path.EndsWith("tags.sbn-html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_is_checked_against_the_view_it_is_called_with()
    {
        using var theme = new ThemeOverlay(
            (Page, "{{ partial \"who\" site }}"),
            ("partials/who.sbn-html", "{{ title }} {{ authors_short }}"));

        var error = Assert.Single(theme.Errors);
        Assert.EndsWith("partials/who.sbn-html", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("'authors_short'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit_with_the_templates_location()
    {
        using var theme = new ThemeOverlay((Page, "x\n{{ for i in 1..100000000 }}{{ end }}"));
        Assert.Empty(theme.Errors);

        var error = Assert.Throws<ThemeException>(() => theme.RenderPage("t", ""));
        Assert.EndsWith(Page, error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void A_partial_that_calls_itself_stops_at_the_recursion_limit_instead_of_overflowing_the_stack()
    {
        using var theme = new ThemeOverlay(
            (Page, "{{ partial \"again\" site }}"),
            ("partials/again.sbn-html", "{{ partial \"again\" model }}"));
        Assert.Empty(theme.Errors);

        var error = Assert.Throws<ThemeException>(() => theme.RenderPage("t", ""));
        Assert.Contains("recursive", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Inline_scripts_styles_and_event_handlers_are_warnings_with_their_line_and_data_or_files_are_not()
    {
        using var theme = new ThemeOverlay((Page,
            "<script type=\"application/ld+json\">{}</script>\n<script src=\"/a.js\" defer></script>\n"
            + "<p style=\"color: red\">x</p>\n<button onclick=\"go()\">go</button>\n<script>go()</script>\n<style>p{}</style>\n"));

        Assert.NotNull(theme.Theme);
        var warnings = theme.Diagnostics.Items.Where(d => d.Code == DiagnosticCodes.TemplateBlockedByPolicy).ToList();
        Assert.Equal([3, 4, 5, 6], warnings.Select(w => w.Location.Line));
        Assert.All(warnings, w => Assert.False(w.IsError));
    }

    [Fact]
    public void A_handlebars_file_in_the_theme_folder_is_an_error_pointing_to_the_migration_note()
    {
        using var theme = new ThemeOverlay(("partials/card.hbs", "{{Title}}"));

        var error = Assert.Single(theme.Errors);
        Assert.Equal(DiagnosticCodes.TemplateHandlebars, error.Code);
        Assert.EndsWith("partials/card.hbs", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("Moving from Handlebars", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_theme_folder_gives_the_built_in_theme_and_a_file_there_replaces_only_its_own_path()
    {
        using var none = new ThemeOverlay();
        Assert.Empty(none.Diagnostics.Items);
        Assert.Contains("<article class=\"free-page\">", none.RenderPage("t", ""), StringComparison.Ordinal);

        using var one = new ThemeOverlay((Page, "mine: {{ title }}"));
        Assert.Equal("mine: t", one.RenderPage("t", ""));
        Assert.Contains("Page not found", one.Theme!.Render("404", new PaperDigest.Theming.Views.NotFoundView(ThemeOverlay.Site())), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_empty_lists_and_zero_are_false_in_conditions()
    {
        using var theme = new ThemeOverlay((Page, "{{ if title }}T{{ end }}{{ if site.pages }}P{{ end }}{{ if site.editors }}E{{ end }}{{ if 0 }}Z{{ end }}"));
        Assert.Empty(theme.Errors);

        Assert.Equal("E", theme.RenderPage("", ""));
    }
}
