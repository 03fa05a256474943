using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>The host executable as its own process on 127.0.0.1, over an existing App_Data; stopped by its PID.</summary>
internal sealed class NodeProcess : IDisposable
{
    private readonly Process process;

    private NodeProcess(Process process, Uri address)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    /// <param name="environment">Settings for this node (double-underscore keys), e.g. a stand-in's address.</param>
    public static NodeProcess Start(string appData, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [HostDll()])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(HostDll())!,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["SaaS__AppData"] = appData;
        info.Environment["SaaS__Demo"] = "false";
        info.Environment["SaaS__OperatorApiKey"] = SaaSHost.OperatorKey;
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info)!;
        var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(appData, $"node-{port}.log")) { AutoFlush = true });
        process.OutputDataReceived += (_, line) => log.WriteLine(line.Data);
        process.ErrorDataReceived += (_, line) => log.WriteLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new NodeProcess(process, new Uri($"http://127.0.0.1:{port}"));
    }

    public async Task WaitReadyAsync(string tenant)
    {
        for (var i = 0; i < 300; i++)
        {
            Assert.False(process.HasExited, "the node process exited while starting");
            try
            {
                if ((await Client.GetAsync($"/{tenant}/")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        Assert.Fail("the node process did not answer within 30 s");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as a crash or an OOM kill.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
        Client.Dispose();
    }

    /// <summary>The host built alongside these tests, in the same configuration.</summary>
    private static string HostDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "SaaS.sln"))) root = root.Parent!;
        return Path.Combine(root.FullName, "src", "SaaS.Web", "bin", configuration, "net10.0", "SaaS.Web.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
