using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace SaaS.Bench;

/// <summary>
/// One SaaS.Web host in a child process, on a free loopback port with a data folder nobody else has used,
/// so a phase measures a host that has seen nothing but that phase.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string workFolder;
    private readonly StreamWriter log;
    private readonly Lock logLock = new();
    private bool logClosed;

    private HostProcess(Process process, string workFolder, Uri baseAddress, string apiKey)
    {
        this.process = process;
        this.workFolder = workFolder;
        log = new StreamWriter(Path.Combine(workFolder, "host.log"));
        BaseAddress = baseAddress;
        ApiKey = apiKey;
    }

    public Uri BaseAddress { get; }

    public string ApiKey { get; }

    public int ProcessId => process.Id;

    /// <summary>The host's data folder: tenants' files, such as the e-mails a launch sends to invited merchants.</summary>
    public string AppData => Path.Combine(workFolder, "App_Data");

    private string LogFile => Path.Combine(workFolder, "host.log");

    /// <summary>Starts the host with <paramref name="settings"/> as <c>SaaS__*</c> variables and waits for /health.</summary>
    public static async Task<HostProcess> StartAsync(
        string hostDll, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var workFolder = Directory.CreateTempSubdirectory("saas-bench-").FullName;
        var port = FreeLoopbackPort();
        var apiKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var start = new ProcessStartInfo("dotnet")
        {
            // The host finds its recipes beside its dll, and relative paths under its content root.
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["SaaS__AppData"] = Path.Combine(workFolder, "App_Data");
        start.Environment["SaaS__OperatorApiKey"] = apiKey;
        start.Environment["SaaS__Demo"] = "false";
        foreach (var (key, value) in settings) start.Environment["SaaS__" + key] = value;

        var host = new HostProcess(new Process { StartInfo = start }, workFolder, new Uri($"http://127.0.0.1:{port}"), apiKey);
        try
        {
            host.Start();
            await host.WaitUntilReadyAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Resident and peak resident memory of the host process, from the kernel's own accounting.</summary>
    public MemoryReading ReadMemory() => MemoryReading.Of(process.Id);

    /// <summary>The last lines of the host's output, without stack frames, which would push out the messages that matter.</summary>
    public IReadOnlyList<string> LogTail(int lines)
    {
        lock (logLock)
        {
            if (!logClosed) log.Flush();
        }
        // Shared read: the host may still be writing.
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var messages = reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.TrimStart().StartsWith("at ", StringComparison.Ordinal)
                && !line.TrimStart().StartsWith("--- End of", StringComparison.Ordinal))
            .ToArray();
        return messages[Math.Max(0, messages.Length - lines)..];
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(patience.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or never started: nothing left to stop.
        }
        process.Dispose();
        lock (logLock)
        {
            logClosed = true;
            log.Dispose();
        }
        try
        {
            Directory.Delete(workFolder, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Could not remove {workFolder}: {e.Message}");
        }
    }

    /// <summary>Kills the host without waiting; for process exit, when there is no time for anything else.</summary>
    public void KillNow()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void Start()
    {
        // The host logs every launch and activation; reading its output keeps the pipe from filling and blocking it.
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (logLock)
        {
            // Output can still arrive after a kill that the bench stopped waiting for.
            if (!logClosed) log.WriteLine(line);
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The host exited with code {process.ExitCode} before it was ready; its last words:\n  " + string.Join("\n  ", LogTail(20)));
            }
            try
            {
                using var response = await http.GetAsync("/health", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but not answering within the probe's timeout yet: a busy machine, a slow first request.
            }
            if (deadline.Elapsed > ReadyTimeout)
            {
                throw new TimeoutException(
                    $"The host was not ready within {ReadyTimeout.TotalSeconds} s; its last words:\n  " + string.Join("\n  ", LogTail(20)));
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    public static int FreeLoopbackPort()
    {
        // The port is free now; another process could take it before the host binds, which on a bench machine is
        // unlikely enough that a failed start is the right answer.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
