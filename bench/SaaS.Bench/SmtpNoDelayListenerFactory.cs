using System.IO.Pipelines;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using SmtpServer;
using SmtpServer.IO;
using SmtpServer.Net;

namespace SaaS.Bench;

/// <summary>
/// SmtpServer's listeners with Nagle's algorithm off. SmtpServer writes its replies to a pipelined MAIL, RCPT and
/// DATA as separate small writes; with Nagle on, the second waits for the client's delayed ACK, 40 ms a message,
/// which capped one connection at about 22 e-mails a second and measured the sink instead of the host. Real
/// MTAs answer a pipelined group in one write, so this is what the host meets in production.
/// </summary>
public sealed class SmtpNoDelayListenerFactory : IEndpointListenerFactory
{
    public IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
    {
        var listener = new TcpListener(endpointDefinition.Endpoint);
        listener.Start();
        return new Listener(listener);
    }

    private sealed class Listener(TcpListener listener) : IEndpointListener
    {
        public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
        {
            var socket = await listener.AcceptSocketAsync(cancellationToken);
            socket.NoDelay = true;
            context.Properties[EndpointListener.LocalEndPointKey] = socket.LocalEndPoint!;
            context.Properties[EndpointListener.RemoteEndPointKey] = socket.RemoteEndPoint!;
            return new PlainPipe(new NetworkStream(socket, ownsSocket: true));
        }

        public void Dispose() => listener.Stop();
    }

    /// <summary>The bench speaks SMTP without TLS (the tenant's settings say None), so the pipe never upgrades.</summary>
    private sealed class PlainPipe(NetworkStream stream) : ISecurableDuplexPipe
    {
        public PipeReader Input { get; } = PipeReader.Create(stream);

        public PipeWriter Output { get; } = PipeWriter.Create(stream);

        public bool IsSecure => false;

        public SslProtocols SslProtocol => SslProtocols.None;

        public Task UpgradeAsync(X509Certificate certificate, SslProtocols protocols, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The bench's SMTP server offers no STARTTLS.");

        public void Dispose() => stream.Dispose();
    }
}
