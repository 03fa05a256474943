using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SaaS.Accounts;
using SaaS.Admin;
using SaaS.Catalog.Events;
using SaaS.Data;
using SaaS.Events;
using SaaS.Jobs;
using SaaS.Merchants.Events;
using SaaS.Messaging.Admin;
using SaaS.Messaging.Channels;
using SaaS.Messaging.Data;
using SaaS.Messaging.InSite;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Rules;
using SaaS.Messaging.Settings;
using SaaS.Messaging.Sources;
using SaaS.Messaging.Storefront;
using SaaS.Messaging.Templates;
using SaaS.Modules;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Orders;
using SaaS.Orders.Rfqs;
using SaaS.Recipes;
using SaaS.Payments.Events;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Messaging;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<MessagingDbContext>(MessagingDbContext.MigrationsHistoryTable);
        services.AddSingleton(provider => provider.GetService<IConfiguration>()?.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions());
        services.AddSingleton<DispatchSignals>();
        services.AddSingleton<DefaultTemplates>();
        services.AddSingleton<MessageRenderer>();
        services.AddSingleton<ChannelRateLimits>();
        services.AddSingleton<TwilioTransport>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<DispatchWorker>();
        services.AddHttpClient(WebhookChannel.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(provider => WebhookAddresses.Handler(provider.GetRequiredService<MessagingOptions>().AllowPrivateWebhookAddresses));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageChannel, EmailChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageChannel, SmsChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageChannel, InboxChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageChannel, WebhookChannel>());
        services.AddTenantJob<OutboxWakeJob>();
        SendAccountMailThroughTenantSmtp(services);

        services.AddScoped<MessagingSettingsStore>();
        services.AddScoped<RuleBook>();
        services.AddScoped<Recipients>();
        services.AddScoped<Notifier>();
        services.AddScoped<Parts>();
        services.AddScoped<InboxService>();
        services.AddScoped<Preferences>();
        services.AddScoped<TemplateEditor>();
        services.AddScoped<DeliveryLog>();
        services.AddScoped<WebhookEndpoints>();
        services.AddPermissions<MessagingPermissions>();
        services.AddRecipeStep<Recipes.NotificationRulesStep>();
        services.AddRecipeStep<Recipes.MessageTemplatesStep>();

        services.AddEventHandler<OrderPlaced, OrderMessages>();
        services.AddEventHandler<OrderStateChanged, OrderMessages>();
        services.AddEventHandler<AfterSalesChanged, OrderMessages>();
        services.AddEventHandler<RfqRequested, QuoteMessages>();
        services.AddEventHandler<RfqQuoted, QuoteMessages>();
        services.AddEventHandler<MerchantApplied, MerchantMessages>();
        services.AddEventHandler<MerchantApproved, MerchantMessages>();
        services.AddEventHandler<MerchantRejected, MerchantMessages>();
        services.AddEventHandler<MerchantLicenceExpiring, MerchantMessages>();
        services.AddEventHandler<MerchantStaffInvited, MerchantMessages>();
        services.AddEventHandler<PayoutSent, MoneyMessages>();
        services.AddEventHandler<CreditInvoiceOverdue, MoneyMessages>();
        services.AddEventHandler<StockRunningLow, StockMessages>();

        services.AddHeaderLink<InboxHeaderLink>();
        services.AddAdminHeaderLink<InboxHeaderLink>();
        services.AddAccountLink(new AccountLink("Messages", MessagePages.InboxPath, Manifest.MessagingFeature));
        services.AddAccountLink(new AccountLink("Notification settings", MessagePages.NotificationsPath, Manifest.MessagingFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Messaging", MessagingAdminPages.Path, MessagingPermissions.ManageMessaging, 600, Manifest.MessagingFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Delivery log", DeliveryPages.Path, MessagingPermissions.ManageMessaging, 601, Manifest.MessagingFeature));
        services.AddAdminMenuItem(new AdminMenuItem("SMS outbox", DeliveryPages.SmsPath, MessagingPermissions.ManageMessaging, 602, Manifest.MessagingFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Messaging settings", MessagingSettingsPages.Path, MessagingPermissions.ManageMessaging, 603, Manifest.MessagingFeature));
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in LiquidModels) services.AddSingleton(new LiquidModel(model));
    }

    /// <summary>Wraps the host's account mail (the pickup folder): a marketplace with its own SMTP server sends through it.</summary>
    private static void SendAccountMailThroughTenantSmtp(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IMail));
        services.Remove(original);
        services.AddScoped<IMail>(provider => ActivatorUtilities.CreateInstance<TenantSmtpMail>(provider, original.ImplementationFactory is { } factory
            ? (IMail)factory(provider)
            : (IMail)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!)));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapMessagingEndpoints();
        tenantRoutes.MapMessagingAdminPages();
        tenantRoutes.MapMessagePages();
    }

    private static readonly Type[] LiquidModels =
    [
        typeof(MessagingOverviewModel), typeof(DeliveryChart), typeof(StateBar), typeof(EventGroupForms), typeof(EventRulesForm), typeof(AudienceRule), typeof(Choice),
        typeof(TemplateEditorModel), typeof(TemplateTab), typeof(TemplateView), typeof(PreviewView),
        typeof(DeliveriesModel), typeof(DeliveryPage), typeof(SaaS.Paging.Pager), typeof(DeliveryFilter), typeof(DeliveryRow), typeof(DeliveryDetailModel), typeof(DeliveryDetail), typeof(AttemptRow),
        typeof(SmsOutboxModel), typeof(LocalSms), typeof(MessagingSettingsModel), typeof(MessagingSettingsView), typeof(WebhookView), typeof(WebhookForm),
        typeof(InboxPageModel), typeof(InboxView), typeof(InboxItemView), typeof(AccountPageForm), typeof(NotificationsPageModel), typeof(PreferenceRow),
    ];
}
