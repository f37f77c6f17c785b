namespace PaperDigest.Tests;

/// <summary>
/// Marks a test class (or a collection definition) whose tests together take long: its collection starts before the
/// others (<see cref="LongFirstCollectionOrderer"/>), so that on a machine with few cores no long class starts last and
/// runs alone at the end of the run. Mark a class that takes more than about 20 s of a 2-core machine.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class RunsLongAttribute : Attribute;
