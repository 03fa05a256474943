using static SaaS.Messaging.Catalog.Audiences;
using static SaaS.Messaging.Catalog.ChannelNames;

namespace SaaS.Messaging.Catalog;

/// <summary>
/// Every event the marketplace can send messages on, with the rules a new marketplace starts from. The sample
/// payloads have exactly the shape the real ones have, so a template previewed against them renders the same way.
/// </summary>
public static class MessageEventCatalog
{
    private const string Fulfil = "orders.fulfil";

    private static readonly Dictionary<string, object?> SampleOrder = new()
    {
        ["id"] = "0197a3c2-5d1e-7b40-9c1a-2f6e8d4b1a07", ["number"] = "8D4B1A07", ["total"] = 1280.50m, ["state"] = "Paid", ["payment_method"] = "card",
    };

    private static readonly Dictionary<string, object?> SampleMerchant = new() { ["name"] = "华东紧固件有限公司" };

    private static readonly Dictionary<string, object?> SampleCompany = new() { ["name"] = "苏州精工机械有限公司" };

    public static readonly IReadOnlyList<MessageEvent> All =
    [
        Order("order.placed", "A buyer placed an order with the merchant.", true,
            [new(MerchantTeam, Fulfil, Email, Inbox), new(Buyer, null, Email, Inbox)]),
        Order("order.awaiting-approval", "An order waits for an approver of the buyer's company.", true,
            [new(CompanyApprovers, null, Email, Inbox)]),
        Order("order.approved", "An approver of the buyer's company approved the order; it can be paid, and the merchant now hears of it.", true,
            [new(Buyer, null, Email, Inbox)]),
        Order("order.paid", "The order was paid.", true,
            [new(MerchantTeam, Fulfil, Email, Inbox), new(Buyer, null, Inbox)]),
        Order("order.partially-shipped", "The merchant shipped part of the order; the rest follows.", true,
            [new(Buyer, null, Email, Inbox)]),
        Order("order.shipped", "The merchant shipped the order (in full).", true,
            [new(Buyer, null, Email, Sms, Inbox)]),
        Order("order.delivered", "The order was delivered.", false,
            [new(Buyer, null, Inbox)]),
        Order("order.cancelled", "The order was cancelled.", true,
            [new(Buyer, null, Email, Inbox), new(MerchantTeam, "orders.view", Inbox)]),
        Refund("refund.requested", "The buyer asked for a refund or return.", [new(MerchantTeam, "orders.after-sales", Email, Inbox)]),
        Refund("refund.refunded", "The refund was made.", [new(Buyer, null, Email, Sms, Inbox)]),
        Event("quote.requested", "Quotes", "A buyer asked the merchant for a quote.", true, [Buyer, CompanyApprovers, MerchantTeam, Operators],
            [new(MerchantTeam, Fulfil, Email, Inbox)], Quote()),
        Event("quote.sent", "Quotes", "The merchant sent the buyer a quote.", true, [Buyer, CompanyApprovers, MerchantTeam, Operators],
            [new(Buyer, null, Email, Inbox)], Quote()),
        Event("merchant.applied", "Merchants", "Someone applied to sell on the marketplace.", true, [Applicant, Operators],
            [new(Applicant, null, Email), new(Operators, null, Email, Inbox)], Application(null)),
        Event("merchant.approved", "Merchants", "The operator approved a merchant's application.", true, [Applicant, MerchantTeam, Operators],
            [new(Applicant, null, Email)], Application(null)),
        Event("merchant.rejected", "Merchants", "The operator rejected a merchant's application.", true, [Applicant, Operators],
            [new(Applicant, null, Email)], Application("营业执照已过期")),
        Event("merchant.licence-expiring", "Merchants", "A merchant's licence expires soon.", true, [MerchantTeam, Operators],
            [new(MerchantTeam, "merchant.licences.manage", Email, Inbox), new(Operators, null, Inbox)],
            Sample(("licence", new Dictionary<string, object?> { ["name"] = "药品经营许可证", ["code"] = "drug-trade", ["expires_on"] = "2027-01-15" }))),
        Event("staff.invited", "Merchants", "A merchant invited someone to its staff.", false, [MerchantTeam, Operators],
            [new(MerchantTeam, "merchant.staff.manage", Inbox)],
            Sample(("staff", new Dictionary<string, object?> { ["email"] = "li.na@example.com", ["role"] = "Sales" }))),
        Event("settlement.paid", "Money", "A payout reached the merchant.", true, [MerchantTeam, Operators],
            [new(MerchantTeam, "finance.view", Email, Inbox)],
            Sample(("payout", new Dictionary<string, object?> { ["amount"] = 22401.09m, ["method"] = "bank", ["reference"] = "ICBC-20261130-001" }))),
        Event("credit.overdue", "Money", "A credit invoice passed its due date unpaid.", true, [CompanyFinance, CompanyApprovers, Operators],
            [new(CompanyFinance, null, Email, Sms, Inbox), new(Operators, null, Inbox)],
            Sample(("invoice", new Dictionary<string, object?> { ["number"] = "CI-20261101-0007", ["open"] = 5600m, ["due_on"] = "2026-11-25" }))),
        Event("stock.low", "Catalog", "A SKU's available stock fell below the low-stock line.", false, [MerchantTeam, Operators],
            [new(MerchantTeam, "catalog.products.manage", Email, Inbox)],
            Sample(("sku", new Dictionary<string, object?> { ["code"] = "M8X30-304", ["product"] = "不锈钢六角螺栓 M8×30", ["available"] = 7, ["alert"] = 10 }))),
        Event("account.password-reset", "Accounts", "Someone asked for a code to reset their password (sent at once, to them only).", true, [], [],
            Sample(("code", "Q2ZESjhFeGt5WTJxU2xOSmdBbTd0aGZSOGJ3aTZIc0hBcXc"), ("email", "buyer@example.com"),
                ("link", "https://example.com/mro/account/reset-password?email=buyer%40example.com"))) with { Channels = [Email] },
        Event("account.invitation", "Accounts", "An operator, merchant or company invited someone; the e-mail carries the code to choose a password (sent at once, to them only).", true, [], [],
            Sample(("code", "Q2ZESjhFeGt5WTJxU2xOSmdBbTd0aGZSOGJ3aTZIc0hBcXc"), ("email", "buyer@example.com"), ("roles", "Buyer"), ("days", "7"),
                ("reset_page", "https://example.com/mro/account/reset-password?email=buyer%40example.com"),
                ("link", "https://example.com/mro/account/reset-password?email=buyer%40example.com&code=Q2ZESjhFeGt5WTJxU2xOSmdBbTd0aGZSOGJ3aTZIc0hBcXc"))) with { Channels = [Email] },
    ];

    /// <summary>The events rules decide and users choose about (all but account e-mails).</summary>
    public static IEnumerable<MessageEvent> Notified => All.Where(e => e.ByRule);

    public static MessageEvent? Find(string name) => All.FirstOrDefault(e => e.Name == name);

    private static MessageEvent Order(string name, string description, bool essential, DefaultRule[] defaults) =>
        Event(name, "Orders", description, essential, [Buyer, CompanyApprovers, MerchantTeam, Operators], defaults, Sample(("order", SampleOrder), ("company", SampleCompany)));

    private static MessageEvent Refund(string name, string description, DefaultRule[] defaults) =>
        Event(name, "Orders", description, true, [Buyer, CompanyApprovers, MerchantTeam, Operators], defaults,
            Sample(("order", SampleOrder), ("company", SampleCompany), ("refund", new Dictionary<string, object?> { ["amount"] = 200m, ["kind"] = "Refund" })));

    private static Dictionary<string, object?> Quote() =>
        Sample(("quote", new Dictionary<string, object?> { ["number"] = "RFQ-20261127-0042", ["total"] = 35600m, ["valid_until"] = "2026-12-10", ["items"] = 3 }),
            ("company", SampleCompany));

    private static Dictionary<string, object?> Application(string? reason) =>
        Sample(("application", new Dictionary<string, object?> { ["legal_name"] = "华东紧固件有限公司", ["email"] = "owner@fasteners.example", ["reason"] = reason }));

    private static MessageEvent Event(string name, string group, string description, bool essential, string[] parties, DefaultRule[] defaults,
        Dictionary<string, object?> sample) =>
        new(name, group, description, essential, parties, defaults, sample);

    /// <summary>What every payload carries, plus the event's own parts.</summary>
    private static Dictionary<string, object?> Sample(params (string Key, object? Value)[] parts)
    {
        var sample = new Dictionary<string, object?>
        {
            ["site_name"] = "工品汇", ["merchant"] = SampleMerchant, ["link"] = "https://example.com/mro/account/orders/0197a3c2-5d1e-7b40-9c1a-2f6e8d4b1a07",
        };
        foreach (var (key, value) in parts) sample[key] = value;
        return sample;
    }
}
