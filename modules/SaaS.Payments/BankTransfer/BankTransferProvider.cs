using System.Security.Cryptography;
using SaaS.Payments.Payments;

namespace SaaS.Payments.BankTransfer;

/// <summary>
/// Offline bank transfers (对公转账), offered once the operator has set the account buyers remit to. A payment gets a
/// short reference code for the transfer's memo, so the operator can match the bank statement to it. No bank is
/// ever asked: money counts as arrived only when the operator confirms it, so the recovery sweep finds nothing here.
/// </summary>
public sealed class BankTransferProvider(PaymentSettingsStore settings) : IPaymentProvider
{
    public const string MethodName = "bank-transfer";

    /// <summary>No 0/O or 1/I: the code is read off a screen and typed into a bank's memo field.</summary>
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public string Method => MethodName;

    public async Task<bool> AvailableAsync(CancellationToken cancellationToken) => (await settings.GetAsync(cancellationToken)).RemittanceAccount is not null;

    public Task StartAsync(Payment payment, CancellationToken cancellationToken)
    {
        payment.ProviderReference = "BT" + RandomNumberGenerator.GetString(CodeAlphabet, 8);
        return Task.CompletedTask;
    }

    public Task<ProviderReceipt?> CheckAsync(Payment payment, CancellationToken cancellationToken) => Task.FromResult<ProviderReceipt?>(null);
}
