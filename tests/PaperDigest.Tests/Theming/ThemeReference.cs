using System.Reflection;
using System.Text;
using PaperDigest.Theming;
using PaperDigest.Theming.Views;

namespace PaperDigest.Tests.Theming;

/// <summary>
/// Writes <c>docs/theme-reference.md</c> from <see cref="ThemeContract"/>, the view records (read by reflection, as
/// Scriban reads them) and their doc comments. Everything is in the contract's or declaration order: the text
/// depends on the code alone.
/// </summary>
internal sealed class ThemeReference(ViewDocumentation docs)
{
    /// <summary>Where the reference lives in the repository.</summary>
    public static string DocumentPath => Path.Combine(RepoPaths.Root, "docs", "theme-reference.md");

    /// <summary>The modules of Scriban's built-ins a template may use.</summary>
    public static IReadOnlyList<string> BuiltinModules => ThemeRuntime.BuiltInModules;

    /// <summary>The layout, the page templates and the partials, in that order.</summary>
    public static IReadOnlyList<ThemeTemplate> Files { get; } = [ThemeContract.Layout, .. ThemeContract.Templates, .. ThemeContract.Partials];

    /// <summary>A member's name as a template sees it: Scriban's <c>StandardMemberRenamer</c> (<c>HtmlUrl</c> → <c>html_url</c>).</summary>
    public static string Variable(string member) => Scriban.Runtime.StandardMemberRenamer.Rename(member);

    /// <summary>A record of the theme's views (nested ones included), as opposed to a value such as text or a list.</summary>
    public static bool IsViewRecord(Type type) => type.IsClass && type.Namespace == typeof(LayoutView).Namespace;

    /// <summary>The Markdown link to a view record's section.</summary>
    public static string Link(Type view) => $"[{view.Name}](#{view.Name.ToLowerInvariant()})";

    /// <summary>
    /// What a template sees of a view: its public instance properties (Scriban's <c>TypedObjectAccessor</c> also
    /// reads public fields, which views do not have), in declaration order.
    /// </summary>
    public static IReadOnlyList<PropertyInfo> Variables(Type view)
    {
        if (view.GetFields(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault() is { } field)
        {
            throw new InvalidOperationException($"{view.Name}.{field.Name} is a public field; views expose properties only");
        }

        return [.. view.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true, IsStatic: false } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)];
    }

    /// <summary>Every view record a template can reach: the contract's views, then what their members hold, breadth first.</summary>
    public static IReadOnlyList<Type> ReachableViews()
    {
        var found = new List<Type>();
        var queue = new Queue<Type>(Files.Select(f => f.View));
        while (queue.TryDequeue(out var view))
        {
            if (found.Contains(view))
            {
                continue;
            }

            found.Add(view);
            foreach (var nested in Variables(view).SelectMany(p => RecordsIn(p.PropertyType)))
            {
                queue.Enqueue(nested);
            }
        }

        return found;
    }

    /// <summary>The view records a value of this type holds: itself, a list's elements, a nullable's value.</summary>
    public static IEnumerable<Type> RecordsIn(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return RecordsIn(underlying);
        }

        if (ListElement(type) is { } element)
        {
            return RecordsIn(element);
        }

        return IsViewRecord(type) ? [type] : [];
    }

    /// <summary>
    /// A member's type as a theme author reads it: <c>text</c>, <c>text or null</c>, <c>true/false</c>, <c>number</c>,
    /// <c>trusted HTML</c>, <c>list of …</c>, or a link to a record's section.
    /// </summary>
    public static string Describe(PropertyInfo property) => Describe(new NullabilityInfoContext().Create(property), property);

    /// <summary>The Markdown text of the reference.</summary>
    public string Write()
    {
        var reachable = ReachableViews();
        var nested = reachable.SelectMany(Variables).SelectMany(p => RecordsIn(p.PropertyType)).ToHashSet();
        // A view with a section of its own: one held by another view, or one that several files receive.
        var records = reachable
            .Where(v => nested.Contains(v) || Files.Count(f => f.View == v) > 1)
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ToList();

        var text = new StringBuilder();
        text.Append(Introduction);

        text.Append("\n## Layout\n");
        Section(text, ThemeContract.Layout, records);
        text.Append("\n## Page templates\n\nOne for each kind of page the build writes, rendered inside the layout unless its purpose says otherwise.\n");
        foreach (var template in ThemeContract.Templates)
        {
            Section(text, template, records);
        }

        text.Append("\n## Partials\n\nThe default theme's partials, rendered with `partial`; a theme may have others.\n");
        foreach (var partial in ThemeContract.Partials)
        {
            Section(text, partial, records);
        }

        text.Append("\n## View records\n\nThe records that views hold, and the views that several files share.\n");
        foreach (var record in records)
        {
            text.Append("\n### ").Append(record.Name).Append("\n\n");
            text.Append(docs.Summary(record) ?? throw Undocumented(record.Name)).Append('\n');
            Table(text, record);
        }

        text.Append("\n## Functions\n\nBesides its view, a template may call these.\n\n");
        text.Append("| Function | Call | What it gives |\n|---|---|---|\n");
        foreach (var function in ThemeContract.Functions)
        {
            text.Append("| `").Append(function.Name).Append("` | `").Append(function.Usage.Replace("|", "\\|", StringComparison.Ordinal))
                .Append("` | ").Append(function.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        text.Append("\n## Scriban built-ins\n\n");
        text.Append("Of Scriban's built-in functions, only these modules are available; nothing reads the clock, the environment or files.\n\n");
        foreach (var module in BuiltinModules)
        {
            text.Append("- `").Append(module).Append("`: [").Append(module)
                .Append(" functions](https://github.com/scriban/scriban/blob/master/doc/builtins.md#").Append(module).Append("-functions)\n");
        }

        return text.ToString();
    }

    private void Section(StringBuilder text, ThemeTemplate file, IReadOnlyCollection<Type> records)
    {
        text.Append("\n### ").Append(file.Path).Append("\n\n").Append(file.Purpose).Append("\n\n");
        if (records.Contains(file.View))
        {
            text.Append("View: ").Append(Link(file.View)).Append("; its members are the variables.\n");
            return;
        }

        text.Append("View: `").Append(file.View.Name).Append("`\n");
        Table(text, file.View);
    }

    private void Table(StringBuilder text, Type view)
    {
        text.Append("\n| Variable | Type | Meaning |\n|---|---|---|\n");
        foreach (var property in Variables(view))
        {
            text.Append("| `").Append(Variable(property.Name)).Append("` | ").Append(Describe(property)).Append(" | ")
                .Append(docs.Meaning(property) ?? throw Undocumented($"{view.Name}.{property.Name}")).Append(" |\n");
        }
    }

    private static InvalidOperationException Undocumented(string name) =>
        new($"{name} has no doc comment; give it one in src/PaperDigest/Theming/Views/");

    private static string Describe(NullabilityInfo info, PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        var nullable = info.ReadState == NullabilityState.Nullable || type != info.Type;
        string core;
        if (type == typeof(string))
        {
            core = "text";
        }
        else if (type == typeof(bool))
        {
            core = "true/false";
        }
        else if (type == typeof(int) || type == typeof(long))
        {
            core = "number";
        }
        else if (type == typeof(TrustedHtml))
        {
            core = "trusted HTML";
        }
        else if (ListElement(type) is not null)
        {
            core = "list of " + Describe(info.GenericTypeArguments[0], property);
        }
        else if (IsViewRecord(type))
        {
            core = Link(type);
        }
        else
        {
            throw new InvalidOperationException(
                $"{property.DeclaringType!.Name}.{property.Name} is a {type.Name}, which the theme reference cannot describe; " +
                "views hold text, numbers, true/false, TrustedHtml, other views and IReadOnlyList of these");
        }

        return nullable ? core + " or null" : core;
    }

    private static Type? ListElement(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private const string Introduction =
        """
        # Theme reference

        <!-- Generated from src/PaperDigest/Theming/ThemeContract.cs and the doc comments of src/PaperDigest/Theming/Views/
             by tests/PaperDigest.Tests/Theming/ThemeReference.cs. Do not edit it by hand: change those, then run
             `UPDATE_GOLDEN=1 dotnet test --filter ThemeReference`. -->

        A theme is a folder of [Scriban](https://github.com/scriban/scriban) templates (`.sbn-html`): a layout, one
        template for each kind of page, partials, and `assets/`. This is what each file receives.

        - **Views.** Each template is rendered with one *view*: a small record of the values its page shows, made by
          the build. The view's members are the template's variables: in `templates/tag.sbn-html`, `{{ tag.name }}` is
          the tag's name. A template sees its view, the functions and built-in modules below, and nothing else.
        - **Names** are the members' names in snake_case, as Scriban writes them: `AuthorsShort` is `authors_short`,
          `HtmlUrl` is `html_url`. A member of a nested record is reached with `.` (`paper.authors_short`); a list is
          iterated with `for`: `{{ for day in days }}…{{ end }}`.
        - **Escaping.** Every value a template writes is HTML-escaped, so `{{ paper.title }}` is safe whatever the
          entry's title holds. Only *trusted HTML* (`TrustedHtml`), which the build rendered itself (a write-up, the page's
          rendered template, a partial's output, JSON-LD), is written as it is. A trusted value passed through a filter
          becomes text and is escaped again.
        - **Links** (members whose meaning says "link") are root-relative and already start with the site's base path:
          `/tags/`, or `/digest/tags/` for a site at `https://example.org/digest/`. Write them as they are; `relurl` is for
          paths a template spells out itself. *Absolute URLs* have their scheme and host.
        - **Partials.** `{{ partial "card" paper }}` renders `partials/card.sbn-html` with `paper` as its view, so the
          partial's variables are that value's members; an object given after it is the partial's `options`
          (`{{ partial "card" paper {show_date: true} }}`; an option a caller leaves out reads as null). In every
          template and partial, `model` is the whole view, to pass it on.
        - **Conditions.** `if` takes null, false, empty text, an empty list and zero as false.
        - **Strict.** A name the view, the functions and the modules do not have, or a call with the wrong number of
          arguments, is build error `PD0502` with the template's path, line and column and a "did you mean" —
          checked in every branch before any page renders, not only in the branches the sample pages take.

        | Type | What it is |
        |---|---|
        | `text` | A string; `text or null` may be null (test it with `if`). |
        | `number` | A whole number. |
        | `true/false` | A boolean. |
        | `trusted HTML` | HTML the build produced, written without escaping. |
        | `list of …` | A list, iterated with `for`; `array.size` counts it. |
        | a record's name | A nested record: its members are listed in its section under [View records](#view-records). |

        """;
}
