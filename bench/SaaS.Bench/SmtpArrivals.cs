using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SaaS.Bench;

/// <summary>
/// A real SMTP server on 127.0.0.1 that keeps only who each accepted message was for and when it arrived (the
/// moment the server took it, i.e. the hand-off the host's MailKit waits for), so millions of bytes of mail cost
/// the bench nothing to hold.
/// </summary>
public sealed class SmtpArrivals : MessageStore, IAsyncDisposable
{
    private readonly ConcurrentQueue<SmtpArrival> arrivals = new();
    private readonly CancellationTokenSource stop = new();
    private Task? serving;

    public int Port { get; } = HostProcess.FreeLoopbackPort();

    public int Count => arrivals.Count;

    public IReadOnlyList<SmtpArrival> Snapshot() => arrivals.ToArray();

    public static async Task<SmtpArrivals> StartAsync(CancellationToken cancellationToken)
    {
        var sink = new SmtpArrivals();
        var options = new SmtpServerOptionsBuilder().ServerName("bench.local")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, sink.Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(sink);
        services.Add(new SmtpNoDelayListenerFactory());
        sink.serving = new SmtpServer.SmtpServer(options, services).StartAsync(sink.stop.Token);
        await sink.WaitUntilListeningAsync(cancellationToken);
        return sink;
    }

    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var at = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
        foreach (var to in transaction.To) arrivals.Enqueue(new SmtpArrival($"{to.User}@{to.Host}".ToLowerInvariant(), at));
        return Task.FromResult(SmtpResponse.Ok);
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                return;
            }
            catch (SocketException) when (attempt < 50 && serving is { IsCompleted: false })
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            if (serving is not null) await serving;
        }
        catch (OperationCanceledException)
        {
            // Stopping the server is what cancelling it means.
        }
        stop.Dispose();
    }
}
