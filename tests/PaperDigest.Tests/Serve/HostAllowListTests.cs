using PaperDigest.Cli.Serve;

namespace PaperDigest.Tests.Serve;

/// <summary>The rule of which <c>Host</c> headers and origins the dev server answers.</summary>
public sealed class HostAllowListTests
{
    private static readonly HostAllowList Default = new(ServeHost.LoopbackNames, 5080, new Uri("http://127.0.0.1:5080/"));

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("localhost:5080")]
    [InlineData("LOCALHOST:5080")]
    [InlineData("[::1]:5080")]
    [InlineData("[0:0:0:0:0:0:0:1]:5080")]
    public void The_loopback_names_with_the_port_are_answered(string host) => Assert.True(Default.AllowsHost(host));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("evil.example:5080")]
    [InlineData("evil.example")]
    [InlineData("localhost.evil.example:5080")]
    [InlineData("127.0.0.1.evil.example:5080")]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("localhost:5081")]
    [InlineData("localhost:")]
    [InlineData("localhost:5080:5080")]
    [InlineData("localhost:5080.evil.example")]
    [InlineData("localhost.:5080")]
    [InlineData("user@localhost:5080")]
    [InlineData("localhost:5080/")]
    [InlineData("::1:5080")]
    [InlineData("[::1]")]
    [InlineData("[::1%25lo]:5080")]
    [InlineData("[::2]:5080")]
    [InlineData("0.0.0.0:5080")]
    [InlineData("127.0.0.2:5080")]
    [InlineData("localhost:99999")]
    public void Any_other_host_or_port_is_refused(string? host) => Assert.False(Default.AllowsHost(host));

    [Fact]
    public void On_port_80_a_host_without_a_port_is_answered()
    {
        var hosts = new HostAllowList(ServeHost.LoopbackNames, 80, new Uri("http://127.0.0.1/"));
        Assert.True(hosts.AllowsHost("localhost"));
        Assert.True(hosts.AllowsHost("localhost:80"));
        Assert.True(hosts.AllowsOrigin("http://localhost"));
        Assert.False(hosts.AllowsHost("evil.example"));
    }

    [Fact]
    public void The_base_urls_host_is_answered_with_its_own_port_or_the_servers()
    {
        var hosts = new HostAllowList(ServeHost.LoopbackNames, 5080, new Uri("https://Digest.Example.org/"));
        Assert.True(hosts.AllowsHost("digest.example.org"));
        Assert.True(hosts.AllowsHost("digest.example.org:443"));
        Assert.True(hosts.AllowsHost("digest.example.org:5080"));
        Assert.False(hosts.AllowsHost("digest.example.org:80"));
        Assert.False(hosts.AllowsHost("example.org:5080"));
        Assert.True(hosts.AllowsOrigin("https://digest.example.org"));
        Assert.True(hosts.AllowsOrigin("http://digest.example.org:5080"));
        Assert.False(hosts.AllowsOrigin("http://digest.example.org"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void The_servers_own_origins_are_allowed(string origin) => Assert.True(Default.AllowsOrigin(origin));

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://evil.example:5080")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5081")]
    [InlineData("http://127.0.0.1")]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://127.0.0.1:5080.evil.example")]
    [InlineData("file://")]
    [InlineData("chrome-extension://abcdef")]
    public void Any_other_origin_is_refused(string origin) => Assert.False(Default.AllowsOrigin(origin));

    [Fact]
    public void It_lists_the_hosts_it_answers()
    {
        Assert.Equal(["127.0.0.1:5080", "[::1]:5080", "localhost:5080"], Default.Hosts);
    }
}
