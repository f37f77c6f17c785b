namespace PaperDigest.Tests.Browser;

/// <summary>The test classes that share one build of the sample, one server and one Chromium (<see cref="ServedSiteFixture"/>).</summary>
[RunsLong]
[CollectionDefinition(Name)]
public sealed class ServedSiteGroup : ICollectionFixture<ServedSiteFixture>
{
    public const string Name = "Served sample site";
}
