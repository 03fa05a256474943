using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SaaS.Admin;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Features;
using SaaS.Http;
using SaaS.Identity;
using SaaS.Jobs;
using SaaS.Recipes;
using SaaS.Security;
using SaaS.Site;
using SaaS.Tenancy;
using SaaS.Tenants;
using SaaS.Themes;

namespace SaaS;

public static class SaaSServiceCollectionExtensions
{
    /// <summary>The default scheme: a bearer token when the request carries one, the sign-in cookie otherwise.</summary>
    public const string BearerOrCookieScheme = "SaaS.BearerOrCookie";

    /// <summary>The framework: host store, tenancy, data, features, recipes and identity, in one shared container.</summary>
    public static SaaSBuilder AddSaaS(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SaaSOptions.Section).Get<SaaSOptions>() ?? new SaaSOptions();
        var paths = new AppDataPaths(Path.Combine(builder.Environment.ContentRootPath, options.AppData));
        Directory.CreateDirectory(paths.Root);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(paths);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddProblemDetails();
        // Enum values travel by name: "Paid", not 2, so a reordered enum never changes what clients read.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures reach ProblemExceptionHandler, which names the offending JSON path.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHealthChecks();
        services.AddDataProtection()
            .SetApplicationName("SaaS")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.Root, "DataProtection-Keys")));

        // Host store and tenancy
        services.AddDbContextFactory<HostDbContext>(db =>
        {
            if (options.HostDatabase.Provider == DatabaseProvider.Postgres)
            {
                db.UseNpgsql(options.HostDatabase.ConnectionString ?? throw new InvalidOperationException(
                    "SaaS:HostDatabase:ConnectionString is required when SaaS:HostDatabase:Provider is Postgres."),
                    o => o.MigrationsHistoryTable("__Migrations_Host"));
            }
            else
            {
                db.UseSqlite($"Data Source={paths.HostDatabase}", o => o.MigrationsHistoryTable("__Migrations_Host"));
            }
            DatabaseProviders.IgnoreMissingSnapshot(db);
        });
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantCatalog>();
        services.AddSingleton<ShellHost>();
        services.AddSingleton<TenantScopeFactory>();
        services.AddSingleton<IActiveTenants, ActiveTenants>();
        services.AddSingleton<TenantManager>();
        services.AddHostedService<TenantReaper>();
        services.AddSingleton<TenantJobRunner>();
        services.AddHostedService(provider => provider.GetRequiredService<TenantJobRunner>());
        services.AddHostedService<TenantListRefresher>();
        services.AddSingleton<BackgroundWorkQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<BackgroundWorkQueue>());
        services.AddScoped<IBackgroundWork, TenantBackgroundWork>();
        services.AddScoped<TenantScope>();
        services.AddScoped<ITenant>(provider => provider.GetRequiredService<TenantScope>().Tenant);
        services.AddSingleton<MatcherPolicy, TenantEndpointMatcherPolicy>();

        // Tenant data
        services.AddSingleton<DatabaseProviders>();
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<TenantMigrator>();
        services.AddScoped<TenantDatabase>();
        services.AddScoped<ITenantDatabase>(provider => provider.GetRequiredService<TenantDatabase>());
        services.AddTenantDbContext<SiteDbContext>(SiteDbContext.MigrationsHistoryTable);
        services.AddTenantDbContext<TenantIdentityDbContext>(TenantIdentityDbContext.MigrationsHistoryTable);
        services.AddTenantDbContext<AuditDbContext>(AuditDbContext.MigrationsHistoryTable);
        services.AddScoped<AuditLog>();
        services.AddScoped<IAuditLog>(provider => provider.GetRequiredService<AuditLog>());
        services.AddScoped<SaaS.Events.IEventPublisher, SaaS.Events.EventPublisher>();

        // Features and recipes
        services.AddSingleton<FeatureCatalog>();
        services.AddScoped<FeatureService>();
        services.AddSingleton(new RecipeLibrary(options.RecipesPath is { } recipesPath
            ? Path.Combine(builder.Environment.ContentRootPath, recipesPath)
            : Path.Combine(AppContext.BaseDirectory, "recipes")));
        services.AddSingleton<RecipeValidator>();
        services.AddScoped<RecipeRunner>();
        services.AddScoped<RecipeImporter>();
        services.AddRecipeStep<FeaturesStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<RolesStep>();

        services.AddRecipeStep<ThemeStep>();

        // Themes
        services.AddSingleton(new ThemeCatalog(options.ThemesPath is { } themesPath
            ? Path.Combine(builder.Environment.ContentRootPath, themesPath)
            : Path.Combine(AppContext.BaseDirectory, "themes")));
        services.AddSingleton<IThemePalettes>(provider => provider.GetRequiredService<ThemeCatalog>());
        services.AddSingleton<LiquidViews>();
        services.AddSingleton<ThemeTranslations>();
        services.AddSingleton<ThemeAssets>();
        services.AddSingleton<LiquidOptions>();
        services.AddLiquidFilters<ColourFilters>();
        services.AddSingleton<StorefrontRenderer>();
        services.AddSingleton<IStorefrontRenderer>(provider => provider.GetRequiredService<StorefrontRenderer>());
        services.AddScoped<ThemeSelection>();
        services.AddScoped<TemplateOverrideService>();
        services.AddScoped<SiteSettingsService>();
        services.AddScoped<ISiteTheme, StoredSiteTheme>();
        services.AddScoped<LogoUpload>();

        // Tenant admin
        services.AddKeyedSingleton(AdminRenderer.Area, (provider, _) => new EmbeddedViews(AdminRenderer.Area,
            provider.GetServices<ModuleViews>().Select(m => m.Assembly).Append(typeof(AdminRenderer).Assembly)));
        services.AddScoped<AdminRenderer>();
        services.AddScoped<IAdminRenderer>(provider => provider.GetRequiredService<AdminRenderer>());
        services.AddPermissions<AdminPermissions>();
        foreach (var model in new[] { typeof(AdminMenuView), typeof(DashboardModel), typeof(FeaturesModel), typeof(FeatureState), typeof(ThemesModel),
                     typeof(ThemeChoice), typeof(SettingsModel), typeof(TemplateEntry), typeof(TemplateEditModel), typeof(UsersModel), typeof(UserRow),
                     typeof(RolesModel), typeof(RoleRow), typeof(RolePermissionRow), typeof(ThemeSettingValue), typeof(AuditModel), typeof(AuditEntry) })
        {
            services.AddSingleton(new LiquidModel(model));
        }
        services.AddAdminMenuItem(new AdminMenuItem("Dashboard", "/admin", AdminPermissions.AccessAdmin, 0));
        services.AddAdminMenuItem(new AdminMenuItem("Features", "/admin/features", CorePermissions.ManageFeatures, 100));
        services.AddAdminMenuItem(new AdminMenuItem("Themes", "/admin/themes", CorePermissions.ManageSettings, 200));
        services.AddAdminMenuItem(new AdminMenuItem("Templates", "/admin/templates", CorePermissions.ManageSettings, 210));
        services.AddAdminMenuItem(new AdminMenuItem("Users", "/admin/users", CorePermissions.ManageUsers, 800));
        services.AddAdminMenuItem(new AdminMenuItem("Roles", "/admin/roles", CorePermissions.ManageRoles, 810));
        services.AddAdminMenuItem(new AdminMenuItem("Audit log", "/admin/audit", CorePermissions.ViewAuditLog, 850));
        services.AddAdminMenuItem(new AdminMenuItem("Settings", "/admin/settings", CorePermissions.ManageSettings, 900));

        AddTenantIdentity(services, options);
        return new SaaSBuilder(services);
    }

    private static void AddTenantIdentity(IServiceCollection services, SaaSOptions options)
    {
        var passwordOptions = new PasswordOptions();
        PasswordPolicy.Apply(passwordOptions);
        services.AddSingleton(new PasswordPolicy(passwordOptions));
        services.AddIdentityCore<IdentityUser>(identity =>
            {
                PasswordPolicy.Apply(identity.Password);
                identity.User.RequireUniqueEmail = true;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedAccessAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
                // Consults DisabledUserConfirmation, so disabled accounts cannot sign in.
                identity.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TenantIdentityDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = UserAdministration.InvitationLifespan);
        services.AddScoped<IUserConfirmation<IdentityUser>, DisabledUserConfirmation>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<SaaS.Accounts.IUserInvitations>(provider => provider.GetRequiredService<UserAdministration>());
        services.AddScoped<TenantIdentitySetup>();
        services.AddScoped<SaaS.Accounts.IUserContacts, UserContacts>();
        services.AddScoped<PickupFolderMail>();
        services.AddScoped<SaaS.Messaging.IMail>(provider => provider.GetRequiredService<PickupFolderMail>());
        services.AddScoped<SaaS.Tenants.ITenantLinks, SaaS.Tenancy.TenantLinks>();
        services.AddScoped<AccountService>();
        services.AddModuleViews(typeof(AccountPages).Assembly);
        services.AddLiquidModel<AccountForm>();
        services.AddLiquidModel<AccountLinkView>();
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = ".saas.antiforgery");

        services.AddAuthentication(BearerOrCookieScheme)
            .AddPolicyScheme(BearerOrCookieScheme, null, policy =>
                policy.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .Configure<IDataProtectionProvider, IHttpContextAccessor>((bearer, protection, http) =>
            {
                bearer.BearerTokenProtector = new TenantBoundTicketFormat(protection, http, "bearer");
                bearer.RefreshTokenProtector = new TenantBoundTicketFormat(protection, http, "refresh");
            });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IDataProtectionProvider, IHttpContextAccessor>((cookie, protection, http) =>
            {
                cookie.TicketDataFormat = new TenantBoundTicketFormat(protection, http, "cookie");
                cookie.Cookie.Name = ".saas.identity";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.LoginPath = "/account/login";
                // APIs answer 401; pages redirect to the sign-in page. Signed in without the permission is 403 for both.
                cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = AccessDeniedAsync;
            });

        services.AddAuthorization();
        services.AddSingleton<PermissionCatalog>();
        services.AddPermissions<CorePermissions>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many attempts.", Detail = "Too many sign-in attempts from this address. Try again in a minute." },
                });
            };
            limiter.AddPolicy(IdentityEndpoints.LoginRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                RequestPartition.TenantAndClient(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginPermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    /// <summary>403 for everyone; people in a browser get the theme's "no access" page rather than a bare status.</summary>
    private static async Task AccessDeniedAsync(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (http.GetTenantShell() is null || !http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)) return;
        var page = await http.RequestServices.GetRequiredService<IStorefrontRenderer>().RenderAsync("AccessDenied", null, "No access", StatusCodes.Status403Forbidden);
        await page.ExecuteAsync(http);
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

}
