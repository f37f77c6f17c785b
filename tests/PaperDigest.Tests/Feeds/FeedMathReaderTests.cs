using AngleSharp.Html.Parser;
using PaperDigest.Tests.Site;

namespace PaperDigest.Tests.Feeds;

/// <summary>
/// The sample's site feeds as Universal Feed Parser reads them: items with formulas keep, through its sanitiser, each
/// formula's TeX both as <c>alttext</c> and as the TeX annotation, and those two agree.
/// </summary>
[Collection(SampleSiteDefinition.Name)]
public sealed class FeedMathReaderTests(SampleSiteFixture fixture)
{
    [Fact]
    public async Task Formulas_reach_feedparser_with_their_tex_as_alttext_and_annotation()
    {
        TestTools.Require(TestTools.FeedParser);

        var parsed = await UniversalFeedParser.ParseAllAsync([fixture.Site.FileOf("/feed.xml"), fixture.Site.FileOf("/atom.xml")]);
        var parser = new HtmlParser();
        foreach (var feed in parsed)
        {
            Assert.False(feed.Bozo, $"{feed.Path} is bozo: {feed.BozoException}");
            var formulas = feed.Contents.SelectMany(html => parser.ParseDocument(html).QuerySelectorAll("math")).ToList();
            Assert.NotEmpty(formulas);
            Assert.All(formulas, math =>
            {
                var tex = math.QuerySelector("annotation[encoding='application/x-tex']")?.TextContent;
                Assert.False(string.IsNullOrEmpty(tex), $"{feed.Path}: a formula lost its TeX annotation: {math.OuterHtml}");
                Assert.Equal(tex, math.GetAttribute("alttext"));
            });
        }
    }
}
