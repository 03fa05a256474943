namespace SaaS.Web.Operator;

/// <summary>Admits operator API calls that carry <c>Authorization: Bearer &lt;SaaS:OperatorApiKey&gt;</c>.</summary>
public sealed class OperatorApiKeyFilter(OperatorApiKey key) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        if (!key.Matches(presented))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(
                title: "Operator key required.",
                detail: "Send Authorization: Bearer <SaaS:OperatorApiKey>.",
                statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(context);
    }
}
