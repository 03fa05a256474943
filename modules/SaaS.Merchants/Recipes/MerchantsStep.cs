using SaaS.Enterprises;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Accounts;
using SaaS.Merchants.Applications;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;
using SaaS.Recipes;
using SaaS.Security;

namespace SaaS.Merchants.Recipes;

/// <summary>
/// <c>{ "name": "merchants", "merchants": [{ "name", "creditCode", "categories": [], "ownerEmail" }] }</c>:
/// approved sample merchants for demos. Owners are invited (no passwords in recipes); the invitation lands in the
/// tenant's mail folder.
/// </summary>
public sealed class MerchantsStep : IRecipeStep
{
    public string Name => "merchants";

    public string? FeatureId => Manifest.MerchantsFeature;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("merchants", out var merchants) || merchants.ValueKind != JsonValueKind.Array)
        {
            validation.Error("merchants", "'merchants' is required: an array of { name, creditCode, categories, ownerEmail }.");
            return;
        }
        var codes = new HashSet<string>();
        var index = 0;
        foreach (var merchant in merchants.EnumerateArray())
        {
            var path = $"merchants[{index++}]";
            string? Text(string property) => merchant.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (string.IsNullOrWhiteSpace(Text("name"))) validation.Error($"{path}.name", "Every merchant needs a 'name'.");
            if (UnifiedSocialCreditCode.Problem(Text("creditCode")) is { } problem) validation.Error($"{path}.creditCode", problem);
            else if (!codes.Add(Text("creditCode")!)) validation.Error($"{path}.creditCode", $"Credit code {Text("creditCode")} appears twice.");
            if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(Text("ownerEmail")) || Text("ownerEmail") is null)
            {
                validation.Error($"{path}.ownerEmail", "Every merchant needs an 'ownerEmail'.");
            }
            if (!merchant.TryGetProperty("categories", out var categories)) validation.Error($"{path}.categories", "'categories' is required.");
            else validation.StringArray(categories, $"{path}.categories");
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var db = execution.Services.GetRequiredService<MerchantsDbContext>();
        var invitations = execution.Services.GetRequiredService<IUserInvitations>();
        var clock = execution.Services.GetRequiredService<TimeProvider>();
        foreach (var definition in execution.Step.GetProperty("merchants").EnumerateArray())
        {
            var code = definition.GetProperty("creditCode").GetString()!;
            if (await db.Merchants.AnyAsync(m => m.CreditCode == code, cancellationToken)) continue;
            var ownerId = await invitations.InviteAsync(definition.GetProperty("ownerEmail").GetString()!, [Roles.Merchant], cancellationToken);
            var merchant = new Merchant
            {
                Name = definition.GetProperty("name").GetString()!,
                CreditCode = code,
                Categories = string.Join(",", definition.GetProperty("categories").EnumerateArray().Select(c => c.GetString())),
                OwnerUserId = ownerId,
                Status = MerchantStatus.Active,
                CreatedUtc = clock.GetUtcNow(),
            };
            db.Merchants.Add(merchant);
            db.Members.Add(new MerchantMember { MerchantId = merchant.Id, UserId = ownerId, IsOwner = true, JoinedUtc = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
