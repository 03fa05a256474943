using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace SaaS.Testing;

/// <summary>What the fake HTTP APIs (<see cref="FakeStripe"/>, <see cref="FakeTwilio"/>) share: a WireMock server on loopback and JSON replies.</summary>
internal static class LoopbackApi
{
    public static WireMockServer Start() => WireMockServer.Start($"http://127.0.0.1:{FreePort()}");

    public static ResponseMessage Json(JsonNode body, int status, string requestIdHeader, string requestId) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json"), [requestIdHeader] = new(requestId) },
        BodyData = new BodyData { BodyAsString = body.ToJsonString(), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
