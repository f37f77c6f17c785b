using AngleSharp.Html.Dom;
using PaperDigest.Building;

namespace PaperDigest.Tests.Site;

/// <summary>
/// The sample digest (<c>input/</c>) built once with the default theme into a temporary folder, shared by every
/// test class of <see cref="SampleSiteDefinition"/>. The build must succeed (the sample has one warning: the
/// pulsar paper has no authors).
/// </summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TempFolder temp = new();

    public SampleSiteFixture() => Site = BuiltSite.Build(RepoPaths.Input, temp.Combine("site"));

    internal BuiltSite Site { get; }

    public string Output => Site.Output;

    internal BuildResult Result => Site.Result;

    internal ExpectedDigest Digest => Site.Digest;

    public IHtmlDocument Load(string sitePath) => Site.Load(sitePath);

    public void Dispose() => temp.Dispose();
}
