using PaperDigest.Building;
using PaperDigest.Diagnostics;
using PaperDigest.Tests.Site;
using PaperDigest.Theming;

namespace PaperDigest.Tests.Theming;

/// <summary>
/// Compiled templates (<c>Theming/Compiling</c>) render exactly what Scriban's interpreter renders: whole sites are
/// built both ways and compared byte for byte, with the built-in theme and with partials that use more of Scriban
/// than the built-in theme does.
/// </summary>
public sealed class CompiledThemeTests
{
    [Fact]
    public void Every_template_and_partial_of_the_built_in_theme_is_compiled()
    {
        var diagnostics = new DiagnosticBag();
        using var temp = new TempFolder();
        var theme = ThemeLoader.Load(temp.Combine("no-theme"), "/", diagnostics);

        Assert.NotNull(theme);
        Assert.Empty(theme.Runtime.LeftToInterpreter);
        Assert.All(theme.Files, t => Assert.NotNull(theme.Runtime.Compiled(t)));
        Assert.Equal(1 + ThemeContract.Templates.Count + theme.Runtime.Partials.Count, theme.Files.Count());
    }

    [Fact]
    public void The_sample_digest_is_the_same_site_compiled_and_interpreted()
    {
        using var temp = new TempFolder();
        AssertSameBothWays(temp, temp.Combine("no-theme"));
    }

    [Fact]
    public void Partials_using_more_of_Scriban_render_the_same_compiled_and_interpreted()
    {
        using var temp = new TempFolder();
        var theme = temp.Combine("theme");
        Directory.CreateDirectory(Path.Combine(theme, "partials"));
        // Loop members, nested loops reusing a name, loop else, operators, built-in and theme functions (given values
        // of the types they take and of others, which Scriban converts), a partial as a value, text that needs
        // escaping, and a member of a loop variable.
        File.WriteAllText(Path.Combine(theme, "partials", "chips.sbn-html"), """
            <ul class="chips" data-count="{{ tags.size }}">
            {{~ for tag in tags ~}}
            <li data-i="{{ for.index }}" data-r="{{ for.rindex }}" data-n="{{ for.length }}"{{ if for.first }} class="first"{{ end }}{{ if for.last && !for.first }} class="last"{{ end }}{{ if for.even }} data-even{{ else if for.odd }} data-odd{{ end }}>
              <a href="{{ tag.url }}">{{ tag.name | string.upcase }} {{ string.size tag.name }} {{ tag.name == "Diffusion models" }} {{ for.index + 1 }}/{{ tags.size }}</a>
              {{~ for tag in tags ~}}{{ if tag.slug != "x" && (for.index < 2 || for.last) }}<i>{{ tag.slug }}</i>{{ end }}{{ end ~}}
            </li>
            {{~ else ~}}
            <li>no tags &amp; "none"</li>
            {{~ end ~}}
            </ul>{{ plural tags.size "tag" "tags" }} {{ model.title }} {{ if options.show_date }}dated{{ end }}
            <p>{{ plural 2.0 "tag" "tags" }} {{ plural 1 "tag" null }} {{ relurl 42 }} {{ relurl null }} {{ relurl "/tags/" }} {{ date 20240101 "yyyy" }} {{ date "2024-03-05" "d MMM yyyy" }} {{ date null "yyyy" }} {{ asset null }} {{ asset "site.css" }}</p>
            """);
        File.WriteAllText(Path.Combine(theme, "partials", "badges.sbn-html"), """
            {{~ if featured ~}}<span class="badge">{{ "Featured" | string.downcase }}</span>{{~ end ~}}
            {{ x = title | string.size }}<b data-length="{{ x }}">{{ x > 40 ? "long" : "short" }}</b>{{ partial "period-note" model }}
            """);
        File.WriteAllText(Path.Combine(theme, "partials", "period-note.sbn-html"), """<em>{{ html.escape title }} — {{ date_text }} {{ math.round 2.5 }}</em>""");

        var diagnostics = new DiagnosticBag();
        var loaded = ThemeLoader.Load(theme, "/", diagnostics);
        Assert.True(loaded is not null, "the theme should load:\n" + string.Join('\n', diagnostics.Items));
        Assert.NotNull(loaded.Runtime.Compiled(loaded.Runtime.Partials["period-note"]));
        Assert.NotNull(loaded.Runtime.Compiled(loaded.Runtime.Partials["chips"]));
        // An assignment and a pipe leave a template to the interpreter.
        Assert.Null(loaded.Runtime.Compiled(loaded.Runtime.Partials["badges"]));
        AssertSameBothWays(temp, theme);
    }

    private static void AssertSameBothWays(TempFolder temp, string theme)
    {
        var compiled = Build(temp, theme, "compiled", interpret: false);
        var interpreted = Build(temp, theme, "interpreted", interpret: true);
        Assert.True(compiled.Files.Count > 100, "the sample digest should give a whole site");
        FolderSnapshot.AssertIdentical(interpreted, compiled, "the site rendered by compiled templates");
    }

    private static FolderSnapshot Build(TempFolder temp, string theme, string name, bool interpret)
    {
        var output = temp.Combine(name);
        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.Input, theme, output, Today: new DateOnly(2026, 1, 1)) { MadeFiles = SharedImages.Memo, InterpretTemplates = interpret });
        Assert.True(result.Succeeded, $"the sample digest should build ({name}):\n" + string.Join('\n', result.Diagnostics));
        return FolderSnapshot.Take(output);
    }
}
