using System.Net;

namespace PaperDigest.Tests.Browser;

/// <summary>The browser tests see the sample as a static host would serve it: the server under them must behave like one.</summary>
[Collection(ServedSiteGroup.Name)]
public sealed class StaticSiteServerTests(ServedSiteFixture site)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/tags/", "text/html")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/feed.xml", "application/xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task Serves_site_files_with_their_content_type(string path, string mediaType)
    {
        using var client = new HttpClient { BaseAddress = site.BaseUrl };
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Redirects_a_folder_without_its_slash_and_answers_a_missing_path_with_the_404_page()
    {
        using var client = new HttpClient { BaseAddress = site.BaseUrl };

        using var folder = await client.GetAsync(new Uri("/tags", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, folder.StatusCode);
        Assert.Equal("/tags/", folder.RequestMessage?.RequestUri?.AbsolutePath);

        using var missing = await client.GetAsync(new Uri("/no/such/page/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(site.Output, "404.html"), TestContext.Current.CancellationToken), await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
