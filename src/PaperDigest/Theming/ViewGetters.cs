using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace PaperDigest.Theming;

/// <summary>
/// For each view type, a getter per public property a template may read (<see cref="ThemeRuntime.IsViewMember"/>),
/// by its snake_case name, made once per process: reading a view member costs two delegate calls, not reflection.
/// The getters call the properties' own compiled code: no code is generated at run time (a compiled expression per
/// property cost each process several hundred methods to compile before its first page).
/// </summary>
internal static class ViewGetters
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Func<object, object?>>> Compiled = new();

    private static readonly MethodInfo GetterOf = typeof(ViewGetters).GetMethod(nameof(Getter), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IReadOnlyDictionary<string, Func<object, object?>> For(Type type) => Compiled.GetOrAdd(type, Compile);

    /// <summary>Whether templates read this type's members through these getters (the view records).</summary>
    public static bool IsView(Type type) => type.Namespace == typeof(Views.SiteView).Namespace;

    private static Dictionary<string, Func<object, object?>> Compile(Type type)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(ThemeRuntime.IsViewMember))
        {
            getters[StandardMemberRenamer.Default(property)] =
                (Func<object, object?>)GetterOf.MakeGenericMethod(type, property.PropertyType).Invoke(null, [property.GetMethod!])!;
        }

        return getters;
    }

    /// <summary>A view's property read through its getter, as a delegate bound to the getter's own code.</summary>
    private static Func<object, object?> Getter<TView, TValue>(MethodInfo get)
        where TView : class
    {
        var read = get.CreateDelegate<Func<TView, TValue>>();
        return view => read((TView)view);
    }
}
