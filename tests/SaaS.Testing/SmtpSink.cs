using System.Buffers;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SaaS.Testing;

/// <summary>
/// A real SMTP server on 127.0.0.1 (the SmtpServer package) that keeps what it accepts, for tests that send mail with
/// MailKit. Tests can take it down and bring it back on the same port, require credentials, and hold a message after
/// its DATA as a slow server does, to kill the sender mid-send: a held message is only stored if it is answered 250.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly object gate = new();
    private readonly List<MimeMessage> messages = [];
    private readonly List<TaskCompletionSource<bool>> held = [];
    private TaskCompletionSource changed = NewSignal();
    private (string User, string Password)? credentials;
    private int? stallAfter;
    private Listeners? listeners;
    private CancellationTokenSource? running;

    private SmtpSink(int port) => Port = port;

    public int Port { get; private set; }

    /// <summary>The messages accepted so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    /// <summary>Starts listening on <paramref name="port"/>, or on a free loopback port when it is 0.</summary>
    public static SmtpSink Start(int port = 0)
    {
        var sink = new SmtpSink(port);
        sink.Restart();
        return sink;
    }

    /// <summary>Listens again on the same port after <see cref="Stop"/>.</summary>
    public void Restart()
    {
        lock (gate)
        {
            if (running is not null) throw new InvalidOperationException($"The SMTP sink is already listening on port {Port}.");
            running = new CancellationTokenSource();
            listeners = new Listeners();
            var options = new SmtpServerOptionsBuilder().ServerName("smtp-sink.test")
                .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AllowUnsecureAuthentication().AuthenticationRequired(credentials is not null))
                .Build();
            var services = new ServiceProvider();
            services.Add(new Store(this));
            services.Add(listeners);
            services.Add(new DelegatingUserAuthenticator((user, password) => credentials is { } expected && expected == (user, password)));
            _ = new SmtpServer.SmtpServer(options, services).StartAsync(running.Token);
            // The server binds before StartAsync first awaits, so a test may connect as soon as Start returns.
            Port = listeners.Port ?? throw new InvalidOperationException("The SMTP server did not bind its port while starting.");
        }
    }

    /// <summary>
    /// Stops listening and ends open sessions: connections are refused until <see cref="Restart"/>. Held messages are
    /// dropped unstored and stalling ends, as a server going down loses what it had not answered.
    /// </summary>
    public void Stop()
    {
        Close();
        Release(accept: false);
    }

    /// <summary>From now on a client must authenticate (AUTH PLAIN or LOGIN, allowed without TLS) with these credentials.</summary>
    public void RequireAuth(string user, string password)
    {
        lock (gate)
        {
            credentials = (user, password);
            // Whether authentication is required is fixed when the server is built, so a listening sink is rebuilt.
            if (running is null) return;
            Close();
            Restart();
        }
    }

    /// <summary>Once <paramref name="accepted"/> messages are stored (counting all so far), the next messages are held after their DATA, unanswered.</summary>
    public void StallAfter(int accepted)
    {
        lock (gate)
        {
            stallAfter = accepted;
        }
    }

    public Task WaitUntilStalledAsync(TimeSpan timeout) =>
        WaitUntilAsync(() => held.Count > 0, timeout, () => $"No message was held within {timeout}; {messages.Count} were accepted.");

    /// <summary>Answers the held messages 451 (a temporary failure) without storing them, and stops stalling.</summary>
    public void DropStalled() => Release(accept: false);

    /// <summary>Stores the held messages and answers them 250, and stops stalling.</summary>
    public void Unstall() => Release(accept: true);

    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan timeout)
    {
        await WaitUntilAsync(() => messages.Count >= count, timeout,
            () => $"Expected {count} messages within {timeout} but got {messages.Count}: {string.Join(", ", messages.Select(m => $"'{m.Subject}'"))}.");
        return Messages;
    }

    public void Dispose() => Stop();

    private void Close()
    {
        lock (gate)
        {
            running?.Cancel();
            running?.Dispose();
            running = null;
            // Closed here rather than when the server notices the cancellation, so connections are refused once Stop returns.
            listeners?.Open?.Dispose();
            listeners = null;
        }
    }

    private async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> failure)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (condition()) return;
                next = changed.Task;
            }
            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                lock (gate)
                {
                    throw new TimeoutException(failure());
                }
            }
        }
    }

    private async Task<SmtpResponse> ReceiveAsync(ReadOnlySequence<byte> data, CancellationToken ct)
    {
        var message = await MimeMessage.LoadAsync(new MemoryStream(data.ToArray()), ct);
        TaskCompletionSource<bool>? hold = null;
        lock (gate)
        {
            if (messages.Count >= stallAfter)
            {
                hold = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                held.Add(hold);
                Signal();
            }
        }
        if (hold is not null && !await hold.Task.WaitAsync(ct))
        {
            return new SmtpResponse(SmtpReplyCode.Aborted, "Requested action aborted: the sink dropped this held message");
        }
        lock (gate)
        {
            messages.Add(message);
            Signal();
        }
        return SmtpResponse.Ok;
    }

    private void Release(bool accept)
    {
        lock (gate)
        {
            stallAfter = null;
            held.ForEach(hold => hold.TrySetResult(accept));
            held.Clear();
        }
    }

    private void Signal()
    {
        var signal = changed;
        changed = NewSignal();
        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken) =>
            sink.ReceiveAsync(buffer, cancellationToken);
    }

    /// <summary>The server's listener factory, keeping the listener it opens: its port and a way to close it at once.</summary>
    private sealed class Listeners : EndpointListenerFactory
    {
        public IEndpointListener? Open { get; private set; }

        public int? Port { get; private set; }

        public override IEndpointListener CreateListener(IEndpointDefinition endpointDefinition) => Open = base.CreateListener(endpointDefinition);

        protected override void OnEndpointStarted(EndpointEventArgs args)
        {
            Port = ((IPEndPoint)args.LocalEndPoint).Port;
            base.OnEndpointStarted(args);
        }
    }
}
