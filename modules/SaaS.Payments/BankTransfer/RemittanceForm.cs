using Microsoft.AspNetCore.Http;
using SaaS.Problems;

namespace SaaS.Payments.BankTransfer;

/// <summary>What a payer submits for a bank transfer, as a multipart form: the bank's serial number, amount, day and slip.</summary>
public sealed record RemittanceForm(string? Reference, string? Amount, string? PaidOn, IFormFile? Slip)
{
    public static async Task<RemittanceForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType) throw new ValidationFailedException("slip", "Send the remittance as multipart/form-data: reference, amount, paidOn and the slip file.");
        var form = await request.ReadFormAsync(cancellationToken);
        return new RemittanceForm(form["reference"], form["amount"], form["paidOn"], form.Files.GetFile("slip"));
    }
}
