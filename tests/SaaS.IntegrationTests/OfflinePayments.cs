using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// What the bank-transfer, deposit and credit tests need beyond <see cref="PaymentMarketplace"/>: slips, remittances
/// and the books read through the API.
/// </summary>
internal static class OfflinePayments
{
    public const string RemittanceAccount = "工品直采平台有限公司 招商银行苏州分行 5129 0000 1234 567";

    /// <summary>A tiny but real PNG: what a phone photo of a slip is, as far as its first bytes say.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static async Task<Guid> CompanyIdAsync(this HttpClient buyer, string tenant) =>
        (await buyer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/companies/mine")).GetProperty("id").GetGuid();

    public static async Task<Guid> MerchantIdAsync(this HttpClient merchant, string tenant) =>
        (await merchant.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/profile")).GetProperty("id").GetGuid();

    public static async Task<JsonElement> CheckoutAsync(this HttpClient buyer, string tenant, string addressId, string paymentMethod)
    {
        var response = await buyer.PostAsJsonAsync($"/{tenant}/api/checkout", new { addressId, invoiceType = "ordinary", paymentMethod });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    public static async Task<JsonElement> StartPaymentAsync(this HttpClient payer, string path, object request)
    {
        var response = await payer.PostAsJsonAsync(path, request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    public static Task<HttpResponseMessage> RemitAsync(this HttpClient payer, string path, string reference, string amount, string paidOn, byte[]? slip, string fileName = "slip.png")
    {
        var form = new MultipartFormDataContent { { new StringContent(reference), "reference" }, { new StringContent(amount), "amount" }, { new StringContent(paidOn), "paidOn" } };
        if (slip is not null)
        {
            var file = new ByteArrayContent(slip);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "slip", fileName);
        }
        return payer.PostAsync(path, form);
    }

    public static async Task<JsonElement> OkAsync(this Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return body;
    }

    /// <summary>The trial balance, asserted balanced: every test leaves the books with debits equal to credits.</summary>
    public static async Task<JsonElement> BalancedBooksAsync(this HttpClient admin, string tenant)
    {
        var books = await admin.GetFromJsonAsync<JsonElement>($"/{tenant}/api/admin/ledger/trial-balance");
        Assert.True(books.GetProperty("balanced").GetBoolean(), books.ToString());
        Assert.Equal(books.GetProperty("debits").GetDecimal(), books.GetProperty("credits").GetDecimal());
        return books;
    }

    public static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(days).ToString("yyyy-MM-dd");

    public static async Task<IReadOnlyList<string>> AuditActionsAsync(this HttpClient admin, string tenant, string q) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/{tenant}/api/admin/audit?q={Uri.EscapeDataString(q)}")).EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToList();
}
