using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PaperDigest.Cli.Serve;

/// <summary>
/// A host and an optional port, as a <c>Host</c> header or an <c>Origin</c> carries them (<c>localhost:5080</c>,
/// <c>[::1]:5080</c>, <c>digest.example.org</c>), with the host in one spelling: a name in lower case, an IPv6
/// address in brackets in its shortest form.
/// </summary>
internal readonly record struct HostAuthority(string Host, int? Port)
{
    /// <summary>Parses <c>host</c> or <c>host:port</c>; null for anything else (user info, a path, a bare IPv6 address, an empty port).</summary>
    public static HostAuthority? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        string hostText, rest;
        if (text[0] == '[')
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }

            (hostText, rest) = (text[..(close + 1)], text[(close + 1)..]);
        }
        else
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            (hostText, rest) = colon < 0 ? (text, "") : (text[..colon], text[colon..]);
        }

        if (NormalizeHost(hostText) is not { } host)
        {
            return null;
        }

        if (rest.Length == 0)
        {
            return new HostAuthority(host, null);
        }

        return rest.Length is >= 2 and <= 6 && rest[0] == ':' && rest[1..].All(char.IsAsciiDigit)
            && int.Parse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture) is var port and >= 1 and <= 65535
            ? new HostAuthority(host, port)
            : null;
    }

    /// <summary>
    /// The one spelling of a host name or IP address (an IPv6 address with or without brackets); null when it is
    /// neither (other characters, an IPv6 zone).
    /// </summary>
    public static string? NormalizeHost(string host)
    {
        var bracketed = host.StartsWith('[') && host.EndsWith(']');
        var inner = bracketed ? host[1..^1] : host;
        if (bracketed || inner.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(inner, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId == 0
                && !inner.Contains('%', StringComparison.Ordinal)
                ? $"[{address}]"
                : null;
        }

        return inner.Length is >= 1 and <= 253 && inner.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_')
            ? inner.ToLowerInvariant()
            : null;
    }

    public override string ToString() => Port is { } port ? string.Create(CultureInfo.InvariantCulture, $"{Host}:{port}") : Host;
}
