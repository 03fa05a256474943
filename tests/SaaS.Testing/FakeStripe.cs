using System.Collections.Concurrent;
using System.Security.Cryptography;
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
/// A local stand-in for the Stripe API on 127.0.0.1 (WireMock.Net), with just enough state for the real Stripe.net
/// client: PaymentIntents (created, confirmed with test cards, read), refunds and Connect transfers. Idempotency
/// keys replay the first answer, as Stripe does. It also signs webhook events the way Stripe does.
/// </summary>
public sealed class FakeStripe : IDisposable
{
    public const string SecretKey = "sk_test_fake_0123456789";
    public const string PublishableKey = "pk_test_fake_0123456789";
    public const string WebhookSecret = "whsec_fake_0123456789abcdef";

    private readonly WireMockServer server;
    private readonly ConcurrentDictionary<string, JsonObject> intents = new();
    private readonly ConcurrentDictionary<string, IResponseMessage> replies = new();
    private readonly object gate = new();
    private int sequence;

    public FakeStripe()
    {
        server = LoopbackApi.Start();
        Route("POST", "^/v1/payment_intents$", CreateIntent);
        Route("POST", "^/v1/payment_intents/[^/]+/confirm$", ConfirmIntent);
        Route("GET", "^/v1/payment_intents/[^/]+$", request => IntentOr404(IdAt(request, 3), intent => Json(intent)));
        Route("POST", "^/v1/refunds$", CreateRefund);
        Route("POST", "^/v1/transfers$", CreateTransfer);
    }

    public string Url => server.Url!;

    public ConcurrentQueue<JsonObject> Refunds { get; } = new();

    public ConcurrentQueue<JsonObject> Transfers { get; } = new();

    /// <summary>The platform's Stripe balance in minor units: charges received, less refunds and transfers to connected accounts.</summary>
    public long Balance()
    {
        lock (gate)
        {
            return intents.Values.Sum(i => i["amount_received"]!.GetValue<long>()) - Refunds.Sum(r => r["amount"]!.GetValue<long>()) - Transfers.Sum(t => t["amount"]!.GetValue<long>());
        }
    }

    public JsonObject Intent(string id) => (JsonObject)intents[id].DeepClone();

    /// <summary>Marks an intent succeeded as if the buyer had paid on Stripe's page (3-D Secure, a wallet).</summary>
    public JsonObject Succeed(string intentId)
    {
        lock (gate)
        {
            var intent = intents[intentId];
            intent["status"] = "succeeded";
            intent["amount_received"] = intent["amount"]!.GetValue<long>();
            intent["latest_charge"] = $"ch_{Next()}";
            return (JsonObject)intent.DeepClone();
        }
    }

    /// <summary>An event as Stripe posts it to a webhook: the body and its <c>Stripe-Signature</c> header.</summary>
    public static (string Body, string Signature) SignedEvent(string type, JsonObject dataObject, string eventId, string secret = WebhookSecret, DateTimeOffset? at = null)
    {
        var created = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var body = new JsonObject
        {
            ["id"] = eventId, ["object"] = "event", ["api_version"] = Stripe.StripeConfiguration.ApiVersion, ["created"] = created, ["livemode"] = false,
            ["pending_webhooks"] = 1, ["type"] = type, ["data"] = new JsonObject { ["object"] = dataObject.DeepClone() },
        }.ToJsonString();
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{created}.{body}")));
        return (body, $"t={created},v1={signature}");
    }

    private IResponseMessage CreateIntent(IRequestMessage request)
    {
        var form = Form(request);
        var id = $"pi_{Next()}";
        var intent = new JsonObject
        {
            ["id"] = id, ["object"] = "payment_intent", ["amount"] = long.Parse(form["amount"].ToString()), ["amount_received"] = 0L, ["currency"] = form["currency"].ToString(),
            ["status"] = "requires_payment_method", ["client_secret"] = $"{id}_secret_{Next()}", ["livemode"] = false, ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["capture_method"] = "automatic", ["confirmation_method"] = "automatic", ["payment_method_types"] = new JsonArray("card"),
            ["metadata"] = new JsonObject(form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal))
                .Select(f => KeyValuePair.Create(f.Key[9..^1], (JsonNode?)f.Value.ToString()))),
        };
        if (form.TryGetValue("transfer_group", out var group)) intent["transfer_group"] = group.ToString();
        intents[id] = intent;
        return Json(intent);
    }

    private IResponseMessage ConfirmIntent(IRequestMessage request) => IntentOr404(IdAt(request, 3), intent =>
    {
        var method = Form(request).TryGetValue("payment_method", out var pm) ? pm.ToString() : "";
        if (method == "pm_card_chargeDeclined")
        {
            intent["status"] = "requires_payment_method";
            intent["last_payment_error"] = new JsonObject { ["type"] = "card_error", ["code"] = "card_declined", ["message"] = "Your card was declined." };
            return Error(402, "card_error", "card_declined", "Your card was declined.");
        }
        if (intent["status"]!.GetValue<string>() == "succeeded") return Error(400, "invalid_request_error", "payment_intent_unexpected_state", "This PaymentIntent has already succeeded.");
        intent["payment_method"] = method;
        return Json(Succeed(intent["id"]!.GetValue<string>()));
    });

    private IResponseMessage CreateRefund(IRequestMessage request)
    {
        var form = Form(request);
        return IntentOr404(form["payment_intent"].ToString(), intent =>
        {
            var amount = long.Parse(form["amount"].ToString());
            var refunded = Refunds.Where(r => r["payment_intent"]!.GetValue<string>() == intent["id"]!.GetValue<string>()).Sum(r => r["amount"]!.GetValue<long>());
            if (intent["status"]!.GetValue<string>() != "succeeded" || refunded + amount > intent["amount_received"]!.GetValue<long>())
            {
                return Error(400, "invalid_request_error", "charge_already_refunded", "Refund amount is greater than the unrefunded amount on the charge.");
            }
            var refund = new JsonObject
            {
                ["id"] = $"re_{Next()}", ["object"] = "refund", ["amount"] = amount, ["currency"] = intent["currency"]!.GetValue<string>(),
                ["payment_intent"] = intent["id"]!.GetValue<string>(), ["status"] = "succeeded", ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            };
            Refunds.Enqueue(refund);
            return Json(refund);
        });
    }

    private IResponseMessage CreateTransfer(IRequestMessage request)
    {
        var form = Form(request);
        var transfer = new JsonObject
        {
            ["id"] = $"tr_{Next()}", ["object"] = "transfer", ["amount"] = long.Parse(form["amount"].ToString()), ["currency"] = form["currency"].ToString(),
            ["destination"] = form["destination"].ToString(), ["livemode"] = false, ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["reversed"] = false,
        };
        if (form.TryGetValue("transfer_group", out var group)) transfer["transfer_group"] = group.ToString();
        if (form.TryGetValue("source_transaction", out var source)) transfer["source_transaction"] = source.ToString();
        Transfers.Enqueue(transfer);
        return Json(transfer);
    }

    private void Route(string method, string path, Func<IRequestMessage, IResponseMessage> answer) =>
        server.Given(Request.Create().WithPath(new RegexMatcher(path)).UsingMethod(method))
            .RespondWith(Response.Create().WithCallback(request =>
            {
                if (request.Headers?.TryGetValue("Idempotency-Key", out var keys) != true) return Locked(answer, request);
                var key = $"{request.Path} {keys![0]}";
                lock (gate)
                {
                    return replies.GetOrAdd(key, _ => answer(request));
                }
            }));

    private IResponseMessage Locked(Func<IRequestMessage, IResponseMessage> answer, IRequestMessage request)
    {
        lock (gate)
        {
            return answer(request);
        }
    }

    private IResponseMessage IntentOr404(string id, Func<JsonObject, IResponseMessage> answer) =>
        intents.TryGetValue(id, out var intent) ? answer(intent) : Error(404, "invalid_request_error", "resource_missing", $"No such payment_intent: '{id}'");

    private static string IdAt(IRequestMessage request, int segment) => request.Path.Split('/')[segment];

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Form(IRequestMessage request) =>
        QueryHelpers.ParseQuery(request.Body ?? "");

    private static ResponseMessage Json(JsonNode body, int status = 200) => LoopbackApi.Json(body, status, "Request-Id", $"req_{Guid.NewGuid():N}");

    private static ResponseMessage Error(int status, string type, string code, string message) =>
        Json(new JsonObject { ["error"] = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = message } }, status);

    private string Next() => Interlocked.Increment(ref sequence).ToString("D8") + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => server.Stop();
}
