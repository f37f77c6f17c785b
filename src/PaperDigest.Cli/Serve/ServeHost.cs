using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// Where <c>paperdigest serve</c> listens: 127.0.0.1 unless <c>--host</c> names another address (<c>0.0.0.0</c>,
/// <c>::</c>, a LAN address) or a name, whose addresses it listens on.
/// </summary>
/// <param name="Name">The host as given (or 127.0.0.1).</param>
/// <param name="Addresses">The addresses to listen on.</param>
internal sealed record ServeHost(string Name, IReadOnlyList<IPAddress> Addresses)
{
    /// <summary>The names of this machine's loopback interface, answered whatever <c>--host</c> says.</summary>
    public static readonly IReadOnlyList<string> LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    public static ServeHost Loopback { get; } = new("127.0.0.1", [IPAddress.Loopback]);

    /// <summary>Listening on every interface (<c>0.0.0.0</c> or <c>::</c>).</summary>
    public bool IsWildcard => Addresses.Any(a => a.Equals(IPAddress.Any) || a.Equals(IPAddress.IPv6Any));

    /// <summary>Other machines can reach the server.</summary>
    public bool IsExposed => !Addresses.All(IPAddress.IsLoopback);

    /// <summary>The host of the URLs the server prints and, unless <c>--base-url</c> says otherwise, pages link to.</summary>
    public string UrlHost => IsWildcard ? "127.0.0.1" : HostAuthority.NormalizeHost(Name) ?? "127.0.0.1";

    /// <summary>Reads <c>--host</c>: null for the default; an IP address (IPv6 with or without brackets) or a name that resolves.</summary>
    public static (ServeHost? Host, string? Problem) Parse(string? text)
    {
        if (text is null)
        {
            return (Loopback, null);
        }

        if (text.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return (new ServeHost("localhost", [IPAddress.Loopback]), null);
        }

        var literal = text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : text;
        if (IPAddress.TryParse(literal, out var address))
        {
            return !HasZone(address) && !literal.Contains('%', StringComparison.Ordinal)
                ? (new ServeHost(text, [address]), null)
                : (null, $"--host '{text}': an IPv6 address with a zone cannot be served to a browser; give the address without it or a name");
        }

        if (Uri.CheckHostName(text) != UriHostNameType.Dns || HostAuthority.NormalizeHost(text) is null)
        {
            return (null, $"--host '{text}' is not a host name or an IP address");
        }

        try
        {
            var addresses = Dns.GetHostAddresses(text).Where(a => !HasZone(a)).Distinct().ToList();
            return addresses.Count > 0
                ? (new ServeHost(text, addresses), null)
                : (null, $"--host '{text}' has no address to listen on");
        }
        catch (SocketException ex)
        {
            return (null, $"--host '{text}' does not resolve to an address ({ex.Message})");
        }
    }

    /// <summary>
    /// The names requests may use: the loopback names, and the host as given and its addresses or, listening on every
    /// interface, this machine's addresses and host name (never 0.0.0.0 or ::).
    /// </summary>
    public IEnumerable<string> AcceptedNames()
    {
        var names = new List<string>(LoopbackNames);
        if (IsWildcard)
        {
            names.AddRange(MachineAddresses().Select(a => a.ToString()));
            names.Add(Dns.GetHostName());
        }
        else
        {
            names.Add(Name);
            names.AddRange(Addresses.Select(a => a.ToString()));
        }

        return names.Where(n => HostAuthority.NormalizeHost(n) is not null).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What to print when other machines can reach the server; null when only this one can.</summary>
    public string? ExposureWarning(int port, HostAllowList hosts) => IsExposed
        ? string.Create(CultureInfo.InvariantCulture,
            $"Warning: --host {Name} exposes this preview to the network: anyone who can reach this machine on port {port} can read the site, "
            + $"drafts and future-dated entries included, with no password and no encryption. Use it only on a network you trust. "
            + $"It answers only requests for {string.Join(", ", hosts.Hosts)}.")
        : null;

    /// <summary>The unicast addresses of this machine's interfaces that are up, of the families the wildcard covers.</summary>
    private IEnumerable<IPAddress> MachineAddresses()
    {
        var ipv6 = Addresses.Contains(IPAddress.IPv6Any);
        return NetworkInterface.GetAllNetworkInterfaces()
            .Where(i => i.OperationalStatus is OperationalStatus.Up or OperationalStatus.Unknown)
            .SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork || (ipv6 && a.AddressFamily == AddressFamily.InterNetworkV6 && !HasZone(a)));
    }

    /// <summary>A link-local IPv6 address with its interface (<c>fe80::1%eth0</c>): browsers cannot address it.</summary>
    private static bool HasZone(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0;
}
