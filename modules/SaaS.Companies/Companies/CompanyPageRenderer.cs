using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using SaaS.Companies.Verification;
using SaaS.Problems;
using SaaS.Themes;

namespace SaaS.Companies.Companies;

/// <summary>
/// Renders a buyer company page with the caller's company and what the page lists, or the registration form when
/// the caller acts for no company yet; and runs a page's form post, coming back with the refusal on the page.
/// </summary>
public sealed class CompanyPageRenderer(
    CompanyMembership membership,
    CompanyService companies,
    CompanyBooksService books,
    CompanyVerification verification,
    IStorefrontRenderer renderer,
    IAntiforgery antiforgery)
{
    public const string OverviewView = "CompanyOverview";
    public const string RegisterView = "CompanyRegister";
    public const string MembersView = "CompanyMembers";
    public const string AddressesView = "CompanyAddresses";
    public const string InvoiceTitlesView = "CompanyInvoiceTitles";

    // Notices travel as keys in the redirect's query, so a link cannot put words of its own on the page.
    private static readonly Dictionary<string, string> Notices = new()
    {
        ["registered"] = "Your company is registered. You are its admin.",
        ["invited"] = "The invitation has been sent.",
        ["role-changed"] = "The role has been changed.",
        ["removed"] = "The member has been removed.",
        ["address-added"] = "The address has been added.",
        ["address-deleted"] = "The address has been deleted.",
        ["invoice-title-added"] = "The invoice title has been added.",
    };

    /// <summary>Shows <paramref name="view"/>; someone signed out is sent to sign in and brought back here.</summary>
    public async Task<IResult> ShowAsync(HttpContext http, string view, string? notice = null)
    {
        if (SignIn(http) is { } redirect) return redirect;
        return await RenderAsync(http, view, new Dictionary<string, string>(), new Dictionary<string, string>(), null, Notices.GetValueOrDefault(notice ?? ""), StatusCodes.Status200OK);
    }

    /// <summary>
    /// Runs a form post of <paramref name="view"/>'s page: on success back to <paramref name="backTo"/> (post,
    /// redirect, get); on refusal the page again, with the typed values, the messages and the problem's status.
    /// </summary>
    public async Task<IResult> SubmitAsync(HttpContext http, IFormCollection form, string view, string backTo, string? notice, Func<Task> action)
    {
        if (SignIn(http) is { } redirect) return redirect;
        var values = form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());
        try
        {
            await action();
            return Results.Redirect($"{http.Request.PathBase}{backTo}{(notice is null ? "" : "?notice=" + notice)}");
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or ForbiddenException or NotFoundException)
        {
            // A message about a posted value goes next to its input; a refusal of the action itself (a role that may
            // not do this, a member who is gone) goes above the page.
            bool NextToInput(string field) => problem is ValidationFailedException or ConflictException && values.ContainsKey(field);
            var fields = problem.Errors.Where(e => NextToInput(e.Key)).ToDictionary(e => e.Key, e => string.Join(" ", e.Value));
            var other = problem.Errors.Where(e => !NextToInput(e.Key)).SelectMany(e => e.Value).ToList();
            return await RenderAsync(http, view, values, fields, other.Count > 0 ? string.Join(" ", other) : null, null, problem.Status);
        }
    }

    private async Task<IResult> RenderAsync(HttpContext http, string view, IReadOnlyDictionary<string, string> values,
        IReadOnlyDictionary<string, string> errors, string? formError, string? notice, int status)
    {
        var ct = http.RequestAborted;
        var tokens = antiforgery.GetAndStoreTokens(http);
        var model = new CompanyPageModel
        {
            AntiforgeryField = tokens.FormFieldName, AntiforgeryToken = tokens.RequestToken!, Values = values, Errors = errors,
            FormError = formError, Notice = notice, RequireVerification = await verification.IsRequiredAsync(ct),
        };
        var member = await membership.FindAsync(http.User, ct);
        if (member is null) return await renderer.RenderAsync(RegisterView, model, "Register your company", status);

        model = model with { Company = await companies.MineAsync(http.User, ct), Role = member.Role.ToString() };
        if (view == AddressesView) model = model with { Addresses = await books.AddressesAsync(http.User, ct) };
        if (view == InvoiceTitlesView) model = model with { InvoiceTitles = await books.InvoiceTitlesAsync(http.User, ct) };
        // A company just registered has no registration form to show; its overview takes the form's place.
        if (view == RegisterView) view = OverviewView;
        return await renderer.RenderAsync(view, model, model.Company.Name, status);
    }

    private static IResult? SignIn(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true
            ? null
            : Results.Redirect($"{http.Request.PathBase}/account/login?returnUrl={Uri.EscapeDataString(http.Request.Path.Value ?? "/company")}");
}
