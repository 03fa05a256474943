using System.Net;
using SaaS.Messaging.Channels;

namespace SaaS.Framework.Tests.Messaging;

public sealed class WebhookAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    public void Inward_addresses_are_private(string address) => Assert.True(WebhookAddresses.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("203.0.113.10")]
    [InlineData("2001:4860:4860::8888")]
    public void Internet_addresses_are_not(string address) => Assert.False(WebhookAddresses.IsPrivate(IPAddress.Parse(address)));

    [Fact]
    public async Task A_name_that_resolves_inward_is_refused_and_one_that_does_not_resolve_yet_is_let_through()
    {
        Assert.Contains("private address", await WebhookAddresses.InwardAsync("localhost", CancellationToken.None));
        Assert.Null(await WebhookAddresses.InwardAsync("erp.invalid", CancellationToken.None));
        await Assert.ThrowsAsync<WebhookAddressException>(() => WebhookAddresses.PublicAddressesAsync("127.0.0.1", CancellationToken.None));
    }
}
