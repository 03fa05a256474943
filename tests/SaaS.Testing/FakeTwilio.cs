using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SaaS.Testing;

/// <summary>
/// A local stand-in for Twilio's Programmable Messaging API on 127.0.0.1 (WireMock.Net): it takes
/// <c>POST /2010-04-01/Accounts/{AccountSid}/Messages.json</c> from the real Twilio client (pointed here by a
/// <see cref="TwilioBaseAddressHandler"/>), checks the account's Basic credentials, keeps the messages and answers them
/// queued, as Twilio does. It knows one account (<see cref="AccountSid"/>) unless tests add more, one per tenant.
/// </summary>
public sealed class FakeTwilio : IDisposable
{
    public const string AccountSid = "ACfa4e0000000000000000000000000001";
    public const string AuthToken = "fake_auth_token_0123456789abcdef";

    private readonly WireMockServer server;
    private readonly ConcurrentDictionary<string, string> tokens = new() { [AccountSid] = AuthToken };
    private readonly ConcurrentQueue<SentSms> messages = new();
    private readonly object gate = new();
    private int failures;
    private int failureStatus;

    public FakeTwilio()
    {
        server = LoopbackApi.Start();
        server.Given(Request.Create().WithPath(new RegexMatcher("^/2010-04-01/Accounts/[^/]+/Messages\\.json$")).UsingPost())
            .RespondWith(Response.Create().WithCallback(CreateMessage));
    }

    public string Url => server.Url!;

    /// <summary>The messages Twilio accepted, in arrival order.</summary>
    public IReadOnlyList<SentSms> Messages => [.. messages];

    public void AddAccount(string accountSid, string authToken) => tokens[accountSid] = authToken;

    /// <summary>The next <paramref name="count"/> sends fail with <paramref name="status"/> and Twilio's error body; nothing is kept.</summary>
    public void FailNext(int count, int status = 503)
    {
        lock (gate)
        {
            failures = count;
            failureStatus = status;
        }
    }

    private IResponseMessage CreateMessage(IRequestMessage request)
    {
        lock (gate)
        {
            if (failures > 0)
            {
                failures--;
                return Error(failureStatus, 20000 + failureStatus, ((HttpStatusCode)failureStatus).ToString());
            }
        }
        var accountSid = request.Path.Split('/')[3];
        if (!Authenticated(request, accountSid)) return Error(401, 20003, "Authenticate");
        var form = QueryHelpers.ParseQuery(request.Body ?? "");
        string? Field(string name) => form.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value.ToString() : null;
        var sms = new SentSms(accountSid, Field("To") ?? "", Field("From"), Field("MessagingServiceSid"), Field("Body") ?? "");
        if (sms.To == "") return Error(400, 21604, "A 'To' phone number is required.");
        if (sms.From is null && sms.MessagingServiceSid is null) return Error(400, 21603, "A 'From' phone number is required.");
        if (sms.Body == "") return Error(400, 21602, "Message body is required.");
        messages.Enqueue(sms);
        return Json(Resource(sms), 201);
    }

    private bool Authenticated(IRequestMessage request, string accountSid)
    {
        if (!tokens.TryGetValue(accountSid, out var token) || request.Headers?.TryGetValue("Authorization", out var authorization) != true) return false;
        return authorization![0] == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{token}"));
    }

    private static JsonObject Resource(SentSms sms)
    {
        var sid = $"SM{Guid.NewGuid():N}";
        var uri = $"/2010-04-01/Accounts/{sms.AccountSid}/Messages/{sid}";
        var now = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["sid"] = sid, ["account_sid"] = sms.AccountSid, ["api_version"] = "2010-04-01", ["status"] = "queued", ["direction"] = "outbound-api",
            ["to"] = sms.To, ["from"] = sms.From, ["messaging_service_sid"] = sms.MessagingServiceSid, ["body"] = sms.Body,
            ["num_segments"] = Segments(sms.Body).ToString(CultureInfo.InvariantCulture), ["num_media"] = "0",
            ["date_created"] = now, ["date_updated"] = now, ["date_sent"] = null, ["price"] = null, ["price_unit"] = "USD",
            ["error_code"] = null, ["error_message"] = null, ["uri"] = $"{uri}.json",
            ["subresource_uris"] = new JsonObject { ["media"] = $"{uri}/Media.json", ["feedback"] = $"{uri}/Feedback.json" },
        };
    }

    /// <summary>SMS segments as Twilio bills them: 160 GSM-7 characters (153 each when split), or 70 UCS-2 ones (67) for anything beyond ASCII.</summary>
    private static int Segments(string body)
    {
        var (single, part) = body.All(char.IsAscii) ? (160, 153) : (70, 67);
        return body.Length <= single ? 1 : (body.Length + part - 1) / part;
    }

    private static ResponseMessage Json(JsonNode body, int status) => LoopbackApi.Json(body, status, "Twilio-Request-Id", $"RQ{Guid.NewGuid():N}");

    private static ResponseMessage Error(int status, int code, string message) =>
        Json(new JsonObject { ["code"] = code, ["message"] = message, ["more_info"] = $"https://www.twilio.com/docs/errors/{code}", ["status"] = status }, status);

    public void Dispose() => server.Stop();
}
