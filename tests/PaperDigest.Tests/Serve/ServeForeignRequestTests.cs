using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using PaperDigest.Tests.Cli;

namespace PaperDigest.Tests.Serve;

/// <summary>
/// <c>paperdigest serve</c> against a web page that reaches it through DNS rebinding (its own name, pointed at
/// 127.0.0.1): real HTTP requests to the real process with the <c>Host</c> and <c>Origin</c> such a page sends get 403;
/// the server's own names are answered; <c>--host</c> listens on another address and answers that name.
/// </summary>
public sealed class ServeForeignRequestTests(ServedSampleFixture sample, ITestOutputHelper log) : IClassFixture<ServedSampleFixture>
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private ServeProcess Serve => sample.Serve;

    [Fact]
    public async Task A_request_for_a_foreign_host_gets_403_with_a_short_plain_text_body()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        foreach (var path in new[] { "", "papers/2309.05153/", "__paperdigest/status", "__paperdigest/live.js", "no-such-page/" })
        {
            using var response = await SendAsync(http, new Uri(Serve.BaseUrl, path), Authority("evil.example"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.StartsWith("403 Forbidden", body, StringComparison.Ordinal);
            Assert.True(body.Length < 200, body);
        }
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task Foreign_names_with_the_servers_port_get_403(string name)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        using var response = await SendAsync(http, Serve.BaseUrl, Authority(name));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_servers_own_names_with_its_port_are_answered_and_other_ports_or_none_are_not()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var page = new Uri(Serve.BaseUrl, "papers/2309.05153/");
        foreach (var name in new[] { "127.0.0.1", "localhost", "LocalHost", "[::1]" })
        {
            using var response = await SendAsync(http, page, Authority(name));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Host: {Authority(name)} got {response.StatusCode}");
        }

        var otherPort = (Serve.Port == 65535 ? 1 : Serve.Port + 1).ToString(CultureInfo.InvariantCulture);
        foreach (var host in new[] { "127.0.0.1", "localhost", $"localhost:{otherPort}", $"127.0.0.1:{otherPort}" })
        {
            using var response = await SendAsync(http, page, host);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"Host: {host} got {response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_http_1_0_request_without_a_host_header_gets_403()
    {
        var answer = await RawAsync(Serve.Port, "GET / HTTP/1.0\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 403", answer, StringComparison.Ordinal);

        // The same request with the server's Host is answered (a redirect to the base path, or the page).
        var withHost = await RawAsync(Serve.Port, $"GET /papers/2309.05153/ HTTP/1.0\r\nHost: {Authority("127.0.0.1")}\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200", withHost, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_live_reload_events_refuse_a_foreign_origin_and_stream_to_the_servers_own()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var events = new Uri(Serve.BaseUrl, "__paperdigest/events");
        foreach (var origin in new[] { "http://evil.example", $"http://{Authority("evil.example")}", "null", $"https://{Authority("127.0.0.1")}" })
        {
            using var refused = await SendAsync(http, events, Authority("127.0.0.1"), origin);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"Origin: {origin} got {refused.StatusCode}");
        }

        using (var status = await SendAsync(http, new Uri(Serve.BaseUrl, "__paperdigest/status"), Authority("127.0.0.1"), "http://evil.example"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
        }

        foreach (var origin in new[] { $"http://{Authority("127.0.0.1")}", $"http://{Authority("localhost")}", null })
        {
            using var stream = await SendAsync(http, events, Authority("127.0.0.1"), origin);
            Assert.True(stream.StatusCode == HttpStatusCode.OK, $"Origin: {origin ?? "(none)"} got {stream.StatusCode}");
            Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task With_host_it_listens_on_that_address_answers_its_name_and_links_pages_to_it()
    {
        // 127.0.0.2 is loopback too (127.0.0.0/8), so nothing is exposed, but it is not an address serve answers by default.
        using var temp = new TempFolder();
        using var serve = ServeProcess.StartOn("127.0.0.2", temp.Path, temp.Combine("tmp"), "--input", RepoPaths.Input, "--theme", RepoPaths.Theme);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            await serve.WaitUntilServingAsync(http, StartTimeout);
            var port = serve.Port.ToString(CultureInfo.InvariantCulture);
            Assert.Contains($"Serving http://127.0.0.2:{port}/", serve.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("exposes", serve.Output, StringComparison.Ordinal);

            var page = new Uri(serve.BaseUrl, "papers/2309.05153/");
            using (var response = await SendAsync(http, page, $"127.0.0.2:{port}"))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains($"http://127.0.0.2:{port}/papers/2309.05153/", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            }

            using (var response = await SendAsync(http, page, $"localhost:{port}"))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            using (var response = await SendAsync(http, page, $"evil.example:{port}"))
            {
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }

            using (var events = await SendAsync(http, new Uri(serve.BaseUrl, "__paperdigest/events"), $"127.0.0.2:{port}", $"http://127.0.0.2:{port}"))
            {
                Assert.Equal(HttpStatusCode.OK, events.StatusCode);
            }

            // It listens on 127.0.0.2 only.
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, serve.Port, TestContext.Current.CancellationToken).AsTask());
        }
        finally
        {
            log.WriteLine(serve.Output);
        }
    }

    [Theory]
    [InlineData("not a host!")]
    [InlineData("")]
    [InlineData("fe80::1%eth0")]
    public void A_host_that_is_no_address_exits_2_naming_it(string host)
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "serve", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--host", host, "--port",
            ServeProcess.FreePort().ToString(CultureInfo.InvariantCulture));

        run.AssertExit(2);
        Assert.Contains($"--host '{host}'", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_host_that_is_not_this_machines_exits_2_naming_it()
    {
        // 203.0.113.9 is a documentation address (TEST-NET-3): never one of this machine's; nothing is sent to it.
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "serve", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--host", "203.0.113.9", "--port",
            ServeProcess.FreePort().ToString(CultureInfo.InvariantCulture));

        run.AssertExit(2);
        Assert.Contains("203.0.113.9", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("not an address of this machine", run.Stderr, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Help_documents_the_host_check_and_the_host_option()
    {
        using var temp = new TempFolder();
        var run = PaperDigestProcess.Run(temp.Path, "serve", "--help");

        run.AssertExit(0);
        Assert.Contains("--host", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("403", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("DNS rebinding", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("exposes the preview", run.Stdout, StringComparison.Ordinal);
    }

    private string Authority(string name) => string.Create(CultureInfo.InvariantCulture, $"{name}:{Serve.Port}");

    /// <summary>GET <paramref name="url"/> (connecting to its address) with the given <c>Host</c> and, if any, <c>Origin</c>; headers only.</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient http, Uri url, string host, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>Sends a request as written over a plain TCP connection to 127.0.0.1 and returns the status line.</summary>
    private static async Task<string> RawAsync(int port, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await reader.ReadLineAsync(timeout.Token) ?? "";
    }
}
