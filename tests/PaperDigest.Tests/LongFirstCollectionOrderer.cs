using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(PaperDigest.Tests.LongFirstCollectionOrderer))]

namespace PaperDigest.Tests;

/// <summary>
/// Starts the collections that hold a class (or are defined by one) marked <see cref="RunsLongAttribute"/> first, the
/// others after them in xunit's usual shuffled order: the longest work is spread over the cores from the start
/// instead of being left for last.
/// </summary>
internal sealed class LongFirstCollectionOrderer : ITestCollectionOrderer
{
    private static readonly string[] LongClasses =
        [.. typeof(LongFirstCollectionOrderer).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<RunsLongAttribute>() is not null)
            .Select(t => t.FullName!)];

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection
    {
        var shuffled = DefaultTestCollectionOrderer.Instance.OrderTestCollections(testCollections);
        return [.. shuffled.Where(c => IsLong(c)), .. shuffled.Where(c => !IsLong(c))];
    }

    /// <summary>A collection of one class is named after it ("Test collection for X"); a defined one has its class.</summary>
    private static bool IsLong(ITestCollection collection) =>
        LongClasses.Any(name => collection.TestCollectionClassName == name
            || collection.TestCollectionDisplayName.EndsWith(" " + name, StringComparison.Ordinal)
            || collection.TestCollectionDisplayName.Contains(" " + name + " ", StringComparison.Ordinal));
}
