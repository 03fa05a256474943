using SaaS.Enterprises;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Accounts;
using SaaS.Merchants.Applications;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;
using SaaS.Merchants.Staff;
using SaaS.Merchants.Terms;
using SaaS.Recipes;
using SaaS.Security;

namespace SaaS.Merchants.Recipes;

/// <summary>
/// <c>{ "name": "merchants", "merchants": [{ "name", "creditCode", "categories": [], "ownerEmail", "contactName", "mobile", "address",
/// "staff": [{ "email", "role": "finance" }], "licences": [{ "code", "number", "expiresOn" }], "depositPaid": true, "acceptAgreement": true }] }</c>:
/// approved sample merchants for demos, in good standing when the optional parts say so. Owners and staff are
/// invited (no passwords in recipes); the invitations land in the tenant's mail folder.
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
            if (merchant.TryGetProperty("staff", out var staff))
            {
                var templates = MerchantRoleTemplates.All.Select(t => t.Key).ToList();
                var member = 0;
                foreach (var person in staff.EnumerateArray())
                {
                    var role = person.TryGetProperty("role", out var r) ? r.GetString() : null;
                    if (!templates.Contains(role ?? "")) validation.Error($"{path}.staff[{member}].role", $"'{role}' is not a role template; use {string.Join(", ", templates)}.");
                    member++;
                }
            }
            if (merchant.TryGetProperty("licences", out var licences))
            {
                var licence = 0;
                foreach (var held in licences.EnumerateArray())
                {
                    if (!held.TryGetProperty("expiresOn", out var expires) || !DateOnly.TryParse(expires.GetString(), System.Globalization.CultureInfo.InvariantCulture, out _))
                    {
                        validation.Error($"{path}.licences[{licence}].expiresOn", "Every licence needs an 'expiresOn' date (yyyy-MM-dd).");
                    }
                    licence++;
                }
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var services = execution.Services;
        var db = services.GetRequiredService<MerchantsDbContext>();
        var invitations = services.GetRequiredService<IUserInvitations>();
        var clock = services.GetRequiredService<TimeProvider>();
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
            var ownerEmail = definition.GetProperty("ownerEmail").GetString()!;
            db.Members.Add(new MerchantMember { MerchantId = merchant.Id, UserId = ownerId, Email = ownerEmail, IsOwner = true, JoinedUtc = clock.GetUtcNow() });
            merchant.Email = ownerEmail;
            merchant.ContactName = OptionalText(definition, "contactName");
            merchant.Mobile = OptionalText(definition, "mobile");
            merchant.Address = OptionalText(definition, "address");
            await db.SaveChangesAsync(cancellationToken);
            await StandingAsync(services, definition, merchant, ownerId, ownerEmail, cancellationToken);
        }
    }

    private static string OptionalText(JsonElement definition, string property) =>
        definition.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    /// <summary>Staff, licences, deposit and agreement, so a demo merchant can publish from the first minute.</summary>
    private static async Task StandingAsync(IServiceProvider services, JsonElement definition, Merchant merchant, string ownerId, string ownerEmail, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<MerchantsDbContext>();
        var roles = services.GetRequiredService<MerchantRoles>();
        await roles.EnsureTemplatesAsync(merchant.Id, cancellationToken);
        var owner = new MerchantActor(merchant.Id, ownerId, true, new HashSet<string>());
        if (definition.TryGetProperty("staff", out var staff))
        {
            foreach (var person in staff.EnumerateArray())
            {
                var template = person.GetProperty("role").GetString();
                var role = await db.Roles.SingleAsync(r => r.MerchantId == merchant.Id && r.Template == template, cancellationToken);
                await services.GetRequiredService<MerchantStaff>().InviteAsync(owner, new InviteStaffRequest(person.GetProperty("email").GetString(), role.Id), cancellationToken);
            }
        }
        if (definition.TryGetProperty("licences", out var licences))
        {
            var required = await db.LicenceRequirements.AsNoTracking().ToListAsync(cancellationToken);
            foreach (var held in licences.EnumerateArray())
            {
                var code = held.GetProperty("code").GetString()!;
                db.Licences.Add(new MerchantLicence
                {
                    MerchantId = merchant.Id, Code = code, Name = required.FirstOrDefault(r => r.Code == code)?.Name ?? code,
                    Number = held.GetProperty("number").GetString()!, ExpiresOn = DateOnly.Parse(held.GetProperty("expiresOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                });
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        if (definition.TryGetProperty("depositPaid", out var paid) && paid.ValueKind == JsonValueKind.True)
        {
            var deposits = services.GetRequiredService<MerchantDeposits>();
            var status = await deposits.StatusAsync(merchant.Id, cancellationToken);
            if (status.Required > status.Held)
            {
                await deposits.RecordAsync(merchant.Id, new DepositRequest(nameof(DepositEntryKind.Payment), status.Required - status.Held, "DEMO-" + merchant.CreditCode, "Recorded by the setup recipe"), "recipe", cancellationToken);
            }
        }
        if (definition.TryGetProperty("acceptAgreement", out var accept) && accept.ValueKind == JsonValueKind.True)
        {
            var terms = services.GetRequiredService<MerchantTerms>();
            if (await terms.AgreementAsync(merchant.Id, cancellationToken) is { } agreement)
            {
                await terms.AcceptAsync(owner, agreement.Version, ownerEmail, "recipe", cancellationToken);
            }
        }
    }
}
