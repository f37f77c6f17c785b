using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using PaperDigest.Rendering;
using PaperDigest.Theming;

namespace PaperDigest.Incremental;

/// <summary>
/// The key of an output file, derived from exactly what it is made from: every value reachable from the input
/// (a view record, or the arguments of a writer), each written with its kind and length, so that different inputs
/// give different keys. No list of "what this page depends on" is kept by hand: a field
/// added to a view is part of the key of every page that shows it.
/// </summary>
/// <remarks>
/// An object is read field by field, private ones included, so nothing it holds escapes its key. A dictionary or a
/// set, whose order is not fixed, is refused the first time one is met. A rendered write-up is keyed by its content
/// fingerprint, without being read back. A <see cref="Diagnostics.SourcePath"/> is keyed by its path inside the input
/// or theme folder, not by the folder. Instances of the shared types given are keyed once per build; the model is immutable, so an
/// instance keeps its key.
/// </remarks>
internal sealed class ContentKey
{
    private const int MaxDepth = 64;

    /// <summary>A builder whose buffer grew beyond this is not kept for the next key.</summary>
    private const int MaxKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static List<KeyBuilder>? spare;

    private static readonly ConcurrentDictionary<Type, KeyPlan> Plans = new();

    private static readonly Assembly OwnAssembly = typeof(ContentKey).Assembly;

    private static readonly ConcurrentDictionary<Type, bool> Lists = new();

    // The factories as delegates made once, not one per value keyed.
    private static readonly Func<Type, KeyPlan> PlanOf = KeyPlan.For;
    private static readonly Func<Type, bool> ListTest = IsPlainList;

    private readonly HashSet<Type> shared;
    // Sized for the instances the build will share and striped finely: the emitters' threads add to it all through a
    // build, and a table that grows or has few locks makes them wait for one another.
    private readonly ConcurrentDictionary<object, Fingerprint> known;

    /// <param name="shared">Types whose instances appear in the input of many files (a paper's card, the site): each
    /// instance is keyed once and its key reused. Naming a type here changes the keys' values, not what they tell apart.</param>
    /// <param name="expected">About how many shared instances the build will key (a few a paper).</param>
    public ContentKey(IEnumerable<Type> shared, int expected = 0)
    {
        this.shared = [.. shared];
        known = new(concurrencyLevel: 64, capacity: Math.Max(expected, 64), ReferenceEqualityComparer.Instance);
    }

    private static readonly ContentKey Plain = new([]);

    /// <summary>
    /// The key of <paramref name="input"/> for a memo that is not an output file (the search index's groups and
    /// documents, related papers' vectors): derived from every value it holds, like an output's key.
    /// </summary>
    public static Fingerprint Derive(string kind, object? input)
    {
        var key = Rent(kind);
        Plain.Write(key, input, 0);
        return Return(key);
    }

    /// <summary>The key of <paramref name="input"/> as the output <paramref name="kind"/>, with <paramref name="context"/>
    /// (the theme, the tool's version) that is part of every key of this build.</summary>
    public Fingerprint Of(string kind, Fingerprint context, object? input)
    {
        var key = Rent(kind).Add(context);
        Write(key, input, 0);
        return Return(key);
    }

    /// <summary>A builder of this thread's, used before: the buffers of a page's input are taken once, not per page.</summary>
    private static KeyBuilder Rent(string kind)
    {
        var builders = spare ??= [];
        if (builders.Count == 0)
        {
            return new KeyBuilder(kind);
        }

        var builder = builders[^1];
        builders.RemoveAt(builders.Count - 1);
        return builder.Restart(kind);
    }

    private static Fingerprint Return(KeyBuilder builder)
    {
        var key = builder.Build();
        if (builder.Capacity <= MaxKeptBuffer)
        {
            (spare ??= []).Add(builder);
        }

        return key;
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
                WriteText(key, text);
                return;
            case bool flag:
                WriteFlag(key, flag);
                return;
            case int number:
                WriteNumber(key, number);
                return;
            case Enum choice:
                // The field's type is fixed by its place; the value is enough (an enum's hash code is its value).
                WriteChoice(key, choice.GetHashCode());
                return;
            case DateOnly date:
                WriteDate(key, date);
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
            case Diagnostics.SourcePath file:
                // A file of the input or theme folder by its path inside the folder: where the folder is, or how this
                // run named it, changes how messages name the file, not what is made from it.
                key.Add(18).Add(file.Path).Add((int)file.Folder);
                return;
            case Fingerprint fingerprint:
                WriteFingerprint(key, fingerprint);
                return;
            case WriteUpHtml writeUp:
                WriteWriteUp(key, writeUp);
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
            case ImmutableArray<int> numbers:
                key.Add(15).Add(numbers.AsSpan());
                return;
            case int[] numbers:
                key.Add(15).Add(numbers);
                return;
            case double[] numbers:
                // By their bits rather than as text: exact, and no string is formatted per number.
                key.Add(17).Add(System.Runtime.InteropServices.MemoryMarshal.Cast<double, int>(numbers.AsSpan()));
                return;
            case ImmutableArray<Search.SearchField> fields:
                // A paper's search terms: hundreds of fields each, read as the numbers they are rather than one by one.
                key.Add(16).Add(System.Runtime.InteropServices.MemoryMarshal.AsBytes(fields.AsSpan()));
                return;
            case IDictionary or ISet<string>:
                throw new NotSupportedException($"an output's input holds a {value.GetType().Name}, whose order is not fixed; give it as a list");
            case IEnumerable items when Lists.GetOrAdd(value.GetType(), ListTest):
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

        WriteInstance(key, value, depth);
    }

    /// <summary>A value of a record type of PaperDigest's own, known to be one by its field's type (see <see cref="KeyPlan"/>).</summary>
    private void WriteOwn(KeyBuilder key, object? value, int depth)
    {
        if (value is null)
        {
            key.Add(0);
            return;
        }

        if (depth > MaxDepth)
        {
            throw new NotSupportedException($"an output's input nests deeper than {MaxDepth} levels (a cycle?)");
        }

        WriteInstance(key, value, depth);
    }

    /// <summary>The items of an immutable array of objects, as <see cref="Write"/> reads any plain list, without boxing the array.</summary>
    private void WriteItems<T>(KeyBuilder key, ImmutableArray<T> items, int depth)
        where T : class?
    {
        if (items.IsDefault)
        {
            key.Add(0);
            return;
        }

        key.Add(12);
        foreach (var item in items)
        {
            Write(key, item, depth + 1);
        }

        key.Add(items.Length);
    }

    // The writers of values of one kind, called from Write and, by the field's declared type, from the key plans:
    // one encoding per kind, whichever way a value is reached.
    private static void WriteText(KeyBuilder key, string? text)
    {
        if (text is null)
        {
            key.Add(0);
        }
        else
        {
            key.Add(1).Add(text);
        }
    }

    private static void WriteFlag(KeyBuilder key, bool flag) => key.Add(2).Add(flag);

    private static void WriteNumber(KeyBuilder key, int number) => key.Add(3).Add(number);

    private static void WriteChoice(KeyBuilder key, int choice) => key.Add(4).Add(choice);

    private static void WriteDate(KeyBuilder key, DateOnly date) => key.Add(5).Add(date.DayNumber);

    private static void WriteFingerprint(KeyBuilder key, Fingerprint fingerprint) => key.Add(9).Add(fingerprint);

    private static void WriteWriteUp(KeyBuilder key, WriteUpHtml? writeUp)
    {
        if (writeUp is null)
        {
            key.Add(0);
        }
        else
        {
            key.Add(10).Add(writeUp.Identity);
        }
    }

    private void WriteInstance(KeyBuilder key, object value, int depth)
    {
        var type = value.GetType();
        if (!shared.Contains(type))
        {
            WriteRecord(key, Plans.GetOrAdd(type, PlanOf), value, depth);
            return;
        }

        key.Add(14).Add(SharedKey(value, type, depth));
    }

    /// <summary>The key of an instance of a shared type: made once per build, or given by <see cref="Know"/>.</summary>
    private Fingerprint SharedKey(object value, Type type, int depth)
    {
        if (!known.TryGetValue(value, out var once))
        {
            var own = Rent("shared");
            WriteRecord(own, Plans.GetOrAdd(type, PlanOf), value, depth);
            once = known.GetOrAdd(value, Return(own));
        }

        return once;
    }

    /// <summary>The key of <paramref name="instance"/>, of a shared type, as every file's key that holds it takes it.</summary>
    public Fingerprint KeyOf(object instance)
    {
        var type = instance.GetType();
        return shared.Contains(type)
            ? SharedKey(instance, type, 0)
            : throw new ArgumentException($"{type.Name} is not one of the shared types", nameof(instance));
    }

    /// <summary>
    /// Takes <paramref name="key"/> as the key of <paramref name="instance"/>, of a shared type, instead of reading it:
    /// a key <see cref="KeyOf"/> gave for the same content in an earlier build (an entry the build cache kept unchanged).
    /// </summary>
    public void Know(object instance, Fingerprint key)
    {
        if (!shared.Contains(instance.GetType()) || key.IsNone)
        {
            throw new ArgumentException($"{instance.GetType().Name} is not one of the shared types, or its key is unknown", nameof(instance));
        }

        known.TryAdd(instance, key);
    }

    /// <summary>
    /// Whether a list is read as its items: arrays, the framework's lists and the lists the compiler makes for collection
    /// expressions. PaperDigest's own list types are read field by field, so nothing they hold beside the items is missed.
    /// </summary>
    private static bool IsPlainList(Type type) =>
        type.IsArray || type.Assembly != OwnAssembly || type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    private void WriteRecord(KeyBuilder key, KeyPlan plan, object value, int depth)
    {
        key.Add(13).Add(plan.Name);
        plan.WriteFields(this, key, value, depth + 1);
    }

    /// <summary>How to read an object's state: every instance field (for a record, its properties' backing fields), in
    /// declaration order, written by one compiled function per type (one per field took longer to compile than to run).</summary>
    private sealed record KeyPlan(string Name, Action<ContentKey, KeyBuilder, object, int> WriteFields)
    {
        private static readonly MethodInfo WriteMethod = Method(nameof(Write));
        private static readonly MethodInfo WriteOwnMethod = Method(nameof(WriteOwn));
        private static readonly MethodInfo WriteItemsMethod = Method(nameof(WriteItems));

        /// <summary>Writers of values whose kind the field's type fixes: no boxing, no test of the value's type.</summary>
        private static readonly Dictionary<Type, MethodInfo> Typed = new()
        {
            [typeof(string)] = Method(nameof(WriteText)),
            [typeof(bool)] = Method(nameof(WriteFlag)),
            [typeof(int)] = Method(nameof(WriteNumber)),
            [typeof(DateOnly)] = Method(nameof(WriteDate)),
            [typeof(Fingerprint)] = Method(nameof(WriteFingerprint)),
            [typeof(WriteUpHtml)] = Method(nameof(WriteWriteUp)),
        };

        private static MethodInfo Method(string name) =>
            typeof(ContentKey).GetMethod(name, BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic)!;

        /// <summary>
        /// The call that writes one field: typed for the kinds <see cref="Write"/> tells by their type, and for PaperDigest's own
        /// sealed records and arrays of objects; through <see cref="Write"/> for the rest. Either way the bytes are those
        /// <see cref="Write"/> gives for the value.
        /// </summary>
        private static MethodCallExpression WriteField(FieldInfo field, Expression self, Expression key, Expression typed, Expression depth)
        {
            var value = Expression.Field(typed, field);
            var type = field.FieldType;
            if (Typed.TryGetValue(type, out var write))
            {
                return Expression.Call(write, key, value);
            }

            if (type.IsEnum && Enum.GetUnderlyingType(type) == typeof(int))
            {
                // As Write does: an int-based enum's hash code is its value.
                return Expression.Call(Method(nameof(WriteChoice)), key, Expression.Convert(value, typeof(int)));
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && !type.GetGenericArguments()[0].IsValueType)
            {
                return Expression.Call(self, WriteItemsMethod.MakeGenericMethod(type.GetGenericArguments()[0]), key, value, depth);
            }

            if (IsOwnRecord(type))
            {
                return Expression.Call(self, WriteOwnMethod, key, value, depth);
            }

            return Expression.Call(self, WriteMethod, key, Expression.Convert(value, typeof(object)), depth);
        }

        /// <summary>A sealed class of PaperDigest's that <see cref="Write"/> reads field by field (no special kind, no list).</summary>
        private static bool IsOwnRecord(Type type) =>
            type.IsClass && type.IsSealed && type.Assembly == OwnAssembly && !typeof(Delegate).IsAssignableFrom(type)
            && !typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(TrustedHtml) && type != typeof(WriteUpHtml)
            && !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

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

            // (self, key, value, depth) => { var typed = (T)value; self.Write(key, (object)typed.F1, depth); ... }, with typed writers where the field's type allows
            var self = Expression.Parameter(typeof(ContentKey));
            var key = Expression.Parameter(typeof(KeyBuilder));
            var value = Expression.Parameter(typeof(object));
            var depth = Expression.Parameter(typeof(int));
            var typed = Expression.Variable(type);
            var body = new List<Expression> { Expression.Assign(typed, Expression.Convert(value, type)) };
            body.AddRange(fields.Select(f => WriteField(f, self, key, typed, depth)));
            body.Add(Expression.Empty());
            var write = Expression.Lambda<Action<ContentKey, KeyBuilder, object, int>>(Expression.Block([typed], body), self, key, value, depth).Compile();
            return new KeyPlan(type.FullName ?? type.Name, write);
        }
    }
}
