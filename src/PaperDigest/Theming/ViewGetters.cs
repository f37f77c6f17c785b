using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Scriban.Runtime;

namespace PaperDigest.Theming;

/// <summary>
/// For each view type, a getter per public property a template may read (<see cref="ThemeRuntime.IsViewMember"/>),
/// by its snake_case name, compiled once per process: reading a view member costs a delegate call, not reflection.
/// </summary>
internal static class ViewGetters
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Func<object, object?>>> Compiled = new();

    public static IReadOnlyDictionary<string, Func<object, object?>> For(Type type) => Compiled.GetOrAdd(type, Compile);

    /// <summary>Whether templates read this type's members through these getters (the view records).</summary>
    public static bool IsView(Type type) => type.Namespace == typeof(Views.SiteView).Namespace;

    private static Dictionary<string, Func<object, object?>> Compile(Type type)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(ThemeRuntime.IsViewMember))
        {
            var instance = Expression.Parameter(typeof(object));
            var read = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
            getters[StandardMemberRenamer.Default(property)] = Expression.Lambda<Func<object, object?>>(read, instance).Compile();
        }

        return getters;
    }
}
