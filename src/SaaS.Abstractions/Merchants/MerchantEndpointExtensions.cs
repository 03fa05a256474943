using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SaaS.Merchants;

public static class MerchantEndpointExtensions
{
    private static readonly object ActorKey = new();

    /// <summary>
    /// Admits signed-in members of a merchant holding <paramref name="permission"/> (any member when null) and makes
    /// their <see cref="MerchantActor"/> available through <see cref="GetMerchantActor"/>.
    /// </summary>
    public static TBuilder RequireMerchantPermission<TBuilder>(this TBuilder builder, MerchantPermission? permission = null)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization();
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var access = http.RequestServices.GetRequiredService<IMerchantAccess>();
            // A group may nest a narrower permission under a broader one: every filter checks its own.
            var actor = await access.RequireAsync(http.User, permission, http.RequestAborted);
            http.Items[ActorKey] = actor;
            return await next(context);
        });
        return builder;
    }

    public static MerchantActor GetMerchantActor(this HttpContext http) =>
        http.Items[ActorKey] as MerchantActor
        ?? throw new InvalidOperationException("The endpoint reads the merchant actor without RequireMerchantPermission.");
}
