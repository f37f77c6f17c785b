using System.Globalization;
using System.Reflection;
using PaperDigest.Theming.Compiling;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace PaperDigest.Theming;

/// <summary>
/// What every render of one theme shares, built once and only read afterwards (so safe across threads): Scriban's
/// built-in modules templates may use, the theme's functions, and its parsed partials.
/// </summary>
internal sealed class ThemeRuntime
{
    /// <summary>Scriban's built-in modules a template may use. <c>date</c>, <c>timespan</c>, <c>object</c>, <c>regex</c>, <c>include</c> are left out: they read the clock, evaluate text as a template or reach files.</summary>
    public static readonly IReadOnlyList<string> BuiltInModules = ["array", "html", "math", "string"];

    public ThemeRuntime(string basePath, ThemeAssets assets, IReadOnlyDictionary<string, ParsedTemplate> partials)
    {
        Partials = partials;
        BuiltIns = new ScriptObject();
        Freeze(BuiltIns, "array", new ArrayFunctions());
        Freeze(BuiltIns, "html", new HtmlFunctions());
        Freeze(BuiltIns, "math", new MathFunctions());
        Freeze(BuiltIns, "string", new StringFunctions());
        BuiltIns.IsReadOnly = true;

        var prefix = basePath.TrimEnd('/');
        string RelativeUrl(string? path) => prefix + "/" + (path ?? "/").TrimStart('/');
        string Asset(string? path) => prefix + "/assets/" + (assets.Fingerprinted(path ?? "") ?? (path ?? "").TrimStart('/'));
        // Each function as Scriban calls it (its wrapper converts every argument and calls the delegate by reflection),
        // and as compiled templates call it on the values as given; values of other types go through Scriban's call.
        (string Name, Delegate Function, Func<object?[], object?> Plain)[] own =
        [
            ("date", new Func<string?, string, string>(FormatDate),
                v => v is [string or null, string format] ? FormatDate((string?)v[0], format) : NotPlain),
            ("plural", new Func<long, string, string?, string>(Plural),
                v => v is [int or long, string singular, string or null] ? Plural(Convert.ToInt64(v[0], CultureInfo.InvariantCulture), singular, (string?)v[2]) : NotPlain),
            ("relurl", new Func<string?, string>(RelativeUrl), v => v is [string or null] ? RelativeUrl((string?)v[0]) : NotPlain),
            ("asset", new Func<string?, string>(Asset), v => v is [string or null] ? Asset((string?)v[0]) : NotPlain),
        ];
        Functions = new ScriptObject();
        Functions.SetValue("partial", new PartialFunction(), true);
        foreach (var (name, function, _) in own)
        {
            Functions.Import(name, function);
        }

        foreach (var name in Functions.Keys.ToList())
        {
            Functions.SetReadOnly(name, true);
        }

        plainCalls = own.ToDictionary(f => Functions[f.Name]!, f => f.Plain, ReferenceEqualityComparer.Instance);

        Functions.IsReadOnly = true;
    }

    private ThemeRuntime(ThemeRuntime of)
    {
        Partials = of.Partials;
        BuiltIns = of.BuiltIns;
        Functions = of.Functions;
        plainCalls = of.plainCalls;
    }

    /// <summary>What a plain call returns for values it does not take; the call is then made as Scriban makes it.</summary>
    public static readonly object NotPlain = new();

    private readonly Dictionary<object, Func<object?[], object?>> plainCalls;

    /// <summary>The theme's own <paramref name="function"/> as a plain call on argument values, if it is one of them.</summary>
    public Func<object?[], object?>? PlainCall(IScriptCustomFunction function) => plainCalls.GetValueOrDefault(function);

    private Dictionary<string, CompiledTemplate> compiled = new(StringComparer.Ordinal);

    public ScriptObject BuiltIns { get; }

    public ScriptObject Functions { get; }

    /// <summary>The theme's partials by name (<c>partials/card.sbn-html</c> is <c>card</c>).</summary>
    public IReadOnlyDictionary<string, ParsedTemplate> Partials { get; }

    /// <summary>A template's compiled form, if it has one (<see cref="TemplateCompiler"/>).</summary>
    public CompiledTemplate? Compiled(ParsedTemplate template) => compiled.GetValueOrDefault(template.Path);

    /// <summary>Compiles the checked templates, once, before any render.</summary>
    public void Compile(IEnumerable<ParsedTemplate> templates)
    {
        var results = templates.Select(t => (t.Path, Result: TemplateCompiler.Compile(t, this))).ToList();
        compiled = results.Where(t => t.Result.Compiled is not null).ToDictionary(t => t.Path, t => t.Result.Compiled!, StringComparer.Ordinal);
        LeftToInterpreter = results.Where(t => t.Result.Compiled is null).ToDictionary(t => t.Path, t => t.Result.Construct!, StringComparer.Ordinal);
    }

    /// <summary>The templates left to Scriban's interpreter, each with the first construct the compiler does not cover.</summary>
    public IReadOnlyDictionary<string, string> LeftToInterpreter { get; private set; } = new Dictionary<string, string>();

    /// <summary>The same runtime with every template left to Scriban's interpreter (to compare the two).</summary>
    public ThemeRuntime Uncompiled() => new(this);

    /// <summary>Templates reach the public properties of the view records and nothing else of .NET.</summary>
    public static bool IsViewMember(MemberInfo member) =>
        member is PropertyInfo { GetMethod.IsPublic: true } property
        && property.DeclaringType?.Namespace == typeof(Views.SiteView).Namespace
        && property.GetIndexParameters().Length == 0;

    private static void Freeze(ScriptObject into, string name, ScriptObject module)
    {
        module.IsReadOnly = true;
        into.SetValue(name, module, true);
    }

    private static string FormatDate(string? iso, string format = "d MMMM yyyy") =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(format, CultureInfo.InvariantCulture)
            : iso ?? "";

    private static string Plural(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
