using System.Net;
using System.Net.Sockets;

namespace SaaS.Messaging.Channels;

/// <summary>
/// Keeps webhooks on the public internet: a marketplace's operator must not be able to make this host call into its
/// own network (loopback, private ranges, link-local cloud metadata). The address is checked when an endpoint is saved
/// and again on every connection, so a name that later resolves inward is refused too.
/// <see cref="MessagingOptions.AllowPrivateWebhookAddresses"/> lifts this for tests and on-premises installations.
/// </summary>
public static class WebhookAddresses
{
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        }
        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and <= 127,
            169 => b[1] == 254,
            172 => b[1] is >= 16 and <= 31,
            192 => b[1] == 168,
            >= 224 => true,
            _ => false,
        };
    }

    /// <summary>The addresses <paramref name="host"/> stands for, refused when any is private.</summary>
    /// <exception cref="WebhookAddressException">The host is private or cannot be resolved.</exception>
    public static async Task<IPAddress[]> PublicAddressesAsync(string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException e)
        {
            throw new WebhookAddressException($"{host} cannot be resolved: {e.Message}", inward: false);
        }
        if (addresses.Length == 0) throw new WebhookAddressException($"{host} cannot be resolved.", inward: false);
        if (addresses.FirstOrDefault(IsPrivate) is { } address)
        {
            throw new WebhookAddressException($"{host} is a private address ({address}); webhooks go to the public internet.", inward: true);
        }
        return addresses;
    }

    /// <summary>
    /// Why an endpoint being saved points inward, or null. A name that does not resolve yet is let through (its DNS may
    /// come later); every connection is checked again.
    /// </summary>
    public static async Task<string?> InwardAsync(string host, CancellationToken cancellationToken)
    {
        try
        {
            await PublicAddressesAsync(host, cancellationToken);
            return null;
        }
        catch (WebhookAddressException refused) when (refused.Inward)
        {
            return refused.Message;
        }
        catch (WebhookAddressException)
        {
            return null;
        }
    }

    /// <summary>Connects the webhook client only to public addresses (unless allowed otherwise).</summary>
    public static SocketsHttpHandler Handler(bool allowPrivate) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var addresses = allowPrivate ? await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken)
                : await PublicAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}

/// <param name="inward">The host resolves to a private address (rather than not resolving at all).</param>
public sealed class WebhookAddressException(string message, bool inward) : Exception(message)
{
    public bool Inward { get; } = inward;
}
