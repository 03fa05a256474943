using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Merchants;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Payments;

namespace SaaS.Payments.Deposits;

/// <summary>The merchant pays its security deposit (owner, or staff holding finance.deposit) and follows the payment.</summary>
public static class DepositPaymentEndpoints
{
    public static void MapDepositPaymentEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var payments = tenantRoutes.MapGroup(Payer.MerchantPath).RequireMerchantPermission(MerchantPaymentPermissions.PayDeposit);
        payments.MapPost("", async (StartDepositPaymentRequest request, HttpContext http, DepositPayments service) =>
        {
            var payment = await service.StartAsync(http.GetMerchantActor(), request, http.RequestAborted);
            return TypedResults.Created($"{Payer.MerchantPath}/{payment.Id}", payment);
        });
        payments.MapGet("", async (HttpContext http, DepositPayments service) => TypedResults.Ok(await service.ListAsync(http.GetMerchantActor(), http.RequestAborted)));
        payments.MapGet("/{id:guid}", async (Guid id, HttpContext http, DepositPayments service) =>
            TypedResults.Ok(await service.GetAsync(http.GetMerchantActor(), id, http.RequestAborted)));
        payments.MapPost("/{id:guid}/remittance", async (Guid id, HttpContext http, Remittances remittances) =>
        {
            var form = await RemittanceForm.ReadAsync(http.Request, http.RequestAborted);
            return TypedResults.Ok(await remittances.SubmitAsync(Payer.Merchant(http.GetMerchantActor()), id, form, http.RequestAborted));
        }).DisableAntiforgery();
        payments.MapGet("/{id:guid}/remittances/{remittanceId:guid}/slip", async (Guid id, Guid remittanceId, HttpContext http, Remittances remittances) =>
            (await remittances.SlipAsync(Payer.Merchant(http.GetMerchantActor()), id, remittanceId, http.RequestAborted)).Serve(http));
    }
}
