namespace PaperDigest.Tests.Site;

/// <summary>The test classes that share one build of the sample digest.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteDefinition : ICollectionFixture<SampleSiteFixture>
{
    public const string Name = "Sample site";
}
