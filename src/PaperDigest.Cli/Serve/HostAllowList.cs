using System.Globalization;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Which requests the dev server answers, so that a web page cannot reach it through DNS rebinding (a name of the
/// page's own that it points at this machine): the <c>Host</c> of every request must be one of the server's names
/// with the port it listens on, or the host of the base URL pages link to, with that URL's port or the server's; and an
/// <c>Origin</c>, where a request carries one, must be one of those as an origin. A port may be left out only where it
/// is the scheme's default. A request without <c>Host</c> (HTTP/1.0) is refused.
/// </summary>
internal sealed class HostAllowList
{
    private readonly HashSet<string> hosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> origins = new(StringComparer.Ordinal);
    private readonly SortedSet<string> answered = new(StringComparer.Ordinal);

    /// <param name="names">The server's own names and addresses (a bare IPv6 address or in brackets).</param>
    /// <param name="port">The port the server listens on.</param>
    /// <param name="baseUrl">The base URL pages link to.</param>
    public HostAllowList(IEnumerable<string> names, int port, Uri baseUrl)
    {
        foreach (var name in names)
        {
            Add(HostAuthority.NormalizeHost(name) ?? throw new ArgumentException($"'{name}' is not a host name or IP address", nameof(names)), "http", port);
        }

        if (HostAuthority.NormalizeHost(baseUrl.IdnHost) is { } baseHost)
        {
            Add(baseHost, "http", port);
            Add(baseHost, baseUrl.Scheme, baseUrl.Port);
        }
    }

    /// <summary>The <c>host:port</c> pairs answered, sorted, for messages.</summary>
    public IReadOnlyCollection<string> Hosts => answered;

    /// <summary>Whether a request with this <c>Host</c> header (null or empty when it has none) is answered.</summary>
    public bool AllowsHost(string? header) => HostAuthority.Parse(header) is { } authority && hosts.Contains(authority.ToString());

    /// <summary>Whether a request with this <c>Origin</c> header comes from one of the server's own origins; <c>null</c> never does.</summary>
    public bool AllowsOrigin(string origin)
    {
        var separator = origin.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var scheme = origin[..separator];
        return DefaultPort(scheme) is { } defaultPort
            && HostAuthority.Parse(origin[(separator + 3)..]) is { } authority
            && origins.Contains(Origin(scheme, authority.Host, authority.Port ?? defaultPort));
    }

    private void Add(string host, string scheme, int port)
    {
        var withPort = new HostAuthority(host, port).ToString();
        hosts.Add(withPort);
        answered.Add(withPort);
        if (port == DefaultPort(scheme))
        {
            hosts.Add(host);
        }

        origins.Add(Origin(scheme, host, port));
    }

    private static string Origin(string scheme, string host, int port) =>
        string.Create(CultureInfo.InvariantCulture, $"{scheme}://{host}:{port}");

    private static int? DefaultPort(string scheme) => scheme switch
    {
        "http" => 80,
        "https" => 443,
        _ => null,
    };
}
