using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using PaperDigest.Rendering;
using PaperDigest.Theming;

namespace PaperDigest.Incremental;

/// <summary>
/// The key of an output file, derived from exactly what it is made from: every value reachable from the input
/// (a view record, or the arguments of a writer), written with its type and length so
/// that different inputs give different keys. No list of "what this page depends on" is kept by hand: a field
/// added to a view is part of the key of every page that shows it.
/// </summary>
/// <remarks>
/// An object is read field by field, private ones included, so nothing it holds escapes its key. A dictionary or a
/// set, whose order is not fixed, is refused the first time one is met. A rendered write-up is keyed by its content
/// fingerprint, without being read back. Larger objects (many fields) are keyed once per build and reused wherever
/// the same instance appears, as a paper's card does on many pages; the model is immutable, so an instance keeps its key.
/// </remarks>
internal sealed class ContentKey
{
    /// <summary>Objects with at least this many fields have their key kept per instance.</summary>
    private const int RememberedFrom = 6;

    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<Type, KeyPlan> Plans = new();

    private static readonly Assembly OwnAssembly = typeof(ContentKey).Assembly;

    private readonly ConditionalWeakTable<object, Box> remembered = new();

    /// <summary>The key of <paramref name="input"/> as the output <paramref name="kind"/>, with <paramref name="context"/>
    /// (the theme, the tool's version) that is part of every key of this build.</summary>
    public Fingerprint Of(string kind, Fingerprint context, object? input)
    {
        var key = new KeyBuilder(kind).Add(context);
        Write(key, input, 0);
        return key.Build();
    }

    private void Write(KeyBuilder key, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new NotSupportedException($"an output's input nests deeper than {MaxDepth} levels (a cycle?)");
        }

        switch (value)
        {
            case null:
                key.Add(0);
                return;
            case string text:
                key.Add(1).Add(text);
                return;
            case bool flag:
                key.Add(2).Add(flag);
                return;
            case int number:
                key.Add(3).Add(number);
                return;
            case Enum choice:
                key.Add(4).Add(choice.GetType().Name).Add(Convert.ToInt64(choice, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                return;
            case DateOnly date:
                key.Add(5).Add(date.DayNumber);
                return;
            case long or double or decimal or float or short or byte or char or uint or ulong or DateTime or DateTimeOffset or TimeSpan:
                key.Add(6).Add(value.GetType().Name).Add(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return;
            case Uri uri:
                key.Add(7).Add(uri.OriginalString);
                return;
            case TimeZoneInfo zone:
                key.Add(8).Add(zone.Id);
                return;
            case Fingerprint fingerprint:
                key.Add(9).Add(fingerprint);
                return;
            case WriteUpHtml writeUp:
                key.Add(10).Add(writeUp.Identity);
                return;
            case TrustedHtml trusted:
                key.Add(11);
                if (trusted.WriteUp is { } source)
                {
                    key.Add(source.Identity);
                }
                else
                {
                    key.Add(trusted.Html);
                }

                return;
            case IDictionary or ISet<string>:
                throw new NotSupportedException($"an output's input holds a {value.GetType().Name}, whose order is not fixed; give it as a list");
            // PaperDigest's own types are read field by field even when they are lists too, so nothing beside the items is missed.
            case IEnumerable items when value.GetType().Assembly != OwnAssembly:
                key.Add(12);
                var count = 0;
                foreach (var item in items)
                {
                    Write(key, item, depth + 1);
                    count++;
                }

                key.Add(count);
                return;
        }

        var plan = Plans.GetOrAdd(value.GetType(), KeyPlan.For);
        if (plan.Getters.Length < RememberedFrom)
        {
            WriteRecord(key, plan, value, depth);
            return;
        }

        key.Add(14).Add(remembered.GetValue(value, v =>
        {
            var own = new KeyBuilder(plan.Name);
            WriteRecord(own, plan, v, depth);
            return new Box(own.Build());
        }).Fingerprint);
    }

    private void WriteRecord(KeyBuilder key, KeyPlan plan, object value, int depth)
    {
        key.Add(13).Add(plan.Name);
        foreach (var get in plan.Getters)
        {
            Write(key, get(value), depth + 1);
        }
    }

    private sealed record Box(Fingerprint Fingerprint);

    /// <summary>How to read an object's state: every instance field (for a record, its properties' backing fields), in declaration order, with compiled getters.</summary>
    private sealed record KeyPlan(string Name, Func<object, object?>[] Getters)
    {
        public static KeyPlan For(Type type)
        {
            if (typeof(Delegate).IsAssignableFrom(type) || type.IsPointer || type == typeof(object))
            {
                throw new NotSupportedException($"{type.FullName} cannot be part of an output's input: its content cannot be read as data");
            }

            var fields = new List<FieldInfo>();
            for (var at = type; at is not null && at != typeof(object) && at != typeof(ValueType); at = at.BaseType)
            {
                fields.InsertRange(0, at.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .OrderBy(f => f.MetadataToken));
            }

            var getters = fields.Select(f =>
            {
                var instance = Expression.Parameter(typeof(object));
                var read = Expression.Convert(Expression.Field(Expression.Convert(instance, type), f), typeof(object));
                return Expression.Lambda<Func<object, object?>>(read, instance).Compile();
            }).ToArray();
            return new KeyPlan(type.FullName ?? type.Name, getters);
        }
    }
}
