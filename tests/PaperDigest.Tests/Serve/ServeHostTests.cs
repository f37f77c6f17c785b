using System.Net;
using PaperDigest.Cli.Serve;

namespace PaperDigest.Tests.Serve;

/// <summary><c>serve --host</c>: what it listens on, which names it then answers, and when it warns.</summary>
public sealed class ServeHostTests
{
    [Fact]
    public void By_default_it_listens_on_127_0_0_1_exposed_to_no_one()
    {
        var (host, problem) = ServeHost.Parse(null);
        Assert.Null(problem);
        Assert.Equal([IPAddress.Loopback], host!.Addresses);
        Assert.False(host.IsExposed);
        Assert.Equal("127.0.0.1", host.UrlHost);
        Assert.Null(host.ExposureWarning(5080, Allowed(host)));
    }

    [Theory]
    [InlineData("localhost", "localhost")]
    [InlineData("127.0.0.2", "127.0.0.2")]
    [InlineData("::1", "[::1]")]
    [InlineData("[::1]", "[::1]")]
    public void A_loopback_host_is_not_exposed_and_is_answered(string text, string urlHost)
    {
        var host = ServeHost.Parse(text).Host!;
        Assert.False(host.IsExposed);
        Assert.Equal(urlHost, host.UrlHost);
        Assert.True(Allowed(host).AllowsHost($"{urlHost}:5080"));
        Assert.Null(host.ExposureWarning(5080, Allowed(host)));
    }

    [Fact]
    public void A_lan_address_is_answered_and_warned_about()
    {
        var host = ServeHost.Parse("192.168.1.5").Host!;
        Assert.Equal([IPAddress.Parse("192.168.1.5")], host.Addresses);
        Assert.True(host.IsExposed);
        var hosts = Allowed(host);
        Assert.True(hosts.AllowsHost("192.168.1.5:5080"));
        Assert.True(hosts.AllowsHost("localhost:5080"));
        Assert.False(hosts.AllowsHost("evil.example:5080"));
        var warning = host.ExposureWarning(5080, hosts);
        Assert.NotNull(warning);
        Assert.StartsWith("Warning: --host 192.168.1.5 exposes this preview to the network", warning, StringComparison.Ordinal);
        Assert.Contains("drafts", warning, StringComparison.Ordinal);
        Assert.Contains("192.168.1.5:5080", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_interface_answers_the_machines_own_names_only()
    {
        var host = ServeHost.Parse("0.0.0.0").Host!;
        Assert.True(host.IsWildcard);
        Assert.True(host.IsExposed);
        Assert.Equal("127.0.0.1", host.UrlHost);
        var hosts = Allowed(host);
        Assert.True(hosts.AllowsHost("127.0.0.1:5080"));
        Assert.True(hosts.AllowsHost($"{Dns.GetHostName()}:5080"));
        Assert.False(hosts.AllowsHost("0.0.0.0:5080"));
        Assert.False(hosts.AllowsHost("evil.example:5080"));
        Assert.NotNull(host.ExposureWarning(5080, hosts));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a host!")]
    [InlineData("fe80::1%eth0")]
    [InlineData("http://example.org/")]
    public void Anything_else_is_a_problem_naming_it(string text)
    {
        var (host, problem) = ServeHost.Parse(text);
        Assert.Null(host);
        Assert.Contains($"--host '{text}'", problem, StringComparison.Ordinal);
    }

    private static HostAllowList Allowed(ServeHost host) => new(host.AcceptedNames(), 5080, new Uri($"http://{host.UrlHost}:5080/"));
}
