using Microsoft.EntityFrameworkCore;
using SaaS.Messaging.Channels;
using SaaS.Messaging.InSite;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Rules;
using SaaS.Messaging.Settings;
using SaaS.Messaging.Sources;
using SaaS.Messaging.Templates;

namespace SaaS.Messaging.Data;

public sealed class MessagingDbContext(DbContextOptions<MessagingDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Messaging";

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<DeliveryAttempt> Attempts => Set<DeliveryAttempt>();

    public DbSet<MessageTemplate> Templates => Set<MessageTemplate>();

    public DbSet<NotificationRule> Rules => Set<NotificationRule>();

    public DbSet<MessagePreference> Preferences => Set<MessagePreference>();

    public DbSet<RecipientProfile> Profiles => Set<RecipientProfile>();

    public DbSet<InboxItem> Inbox => Set<InboxItem>();

    public DbSet<LocalSms> LocalSms => Set<LocalSms>();

    public DbSet<WebhookEndpoint> Webhooks => Set<WebhookEndpoint>();

    public DbSet<MessagingSettings> Settings => Set<MessagingSettings>();

    public DbSet<KnownOrder> Orders => Set<KnownOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("OutboxMessages");
            message.Property(m => m.Event).HasMaxLength(60);
            message.Property(m => m.IdempotencyKey).HasMaxLength(400);
            message.Property(m => m.Channel).HasMaxLength(20);
            message.Property(m => m.Recipient).HasMaxLength(300);
            message.Property(m => m.Party).HasMaxLength(100);
            message.Property(m => m.Address).HasMaxLength(300);
            message.Property(m => m.Locale).HasMaxLength(10);
            message.Property(m => m.State).HasConversion<string>().HasMaxLength(12);
            message.Property(m => m.Subject).HasMaxLength(500);
            message.Property(m => m.LastError).HasMaxLength(2000);
            message.Property(m => m.ProviderId).HasMaxLength(200);
            message.HasIndex(m => m.IdempotencyKey).IsUnique();
            message.HasIndex(m => new { m.State, m.NextAttemptAt });
        });
        modelBuilder.Entity<DeliveryAttempt>(attempt =>
        {
            attempt.ToTable("DeliveryAttempts");
            attempt.Property(a => a.Outcome).HasMaxLength(12);
            attempt.Property(a => a.Error).HasMaxLength(2000);
            attempt.HasIndex(a => a.MessageId);
        });
        modelBuilder.Entity<MessageTemplate>(template =>
        {
            template.ToTable("MessageTemplates");
            template.Property(t => t.Event).HasMaxLength(60);
            template.Property(t => t.Channel).HasMaxLength(20);
            template.Property(t => t.Locale).HasMaxLength(10);
            template.Property(t => t.Subject).HasMaxLength(500);
            template.Property(t => t.UpdatedBy).HasMaxLength(256);
            template.HasIndex(t => new { t.Event, t.Channel, t.Locale }).IsUnique();
        });
        modelBuilder.Entity<NotificationRule>(rule =>
        {
            rule.ToTable("NotificationRules");
            rule.Property(r => r.Event).HasMaxLength(60);
            rule.Property(r => r.Audience).HasMaxLength(40);
            rule.Property(r => r.Permission).HasMaxLength(100);
            rule.Property(r => r.Channels).HasMaxLength(100);
            rule.HasIndex(r => new { r.Event, r.Audience }).IsUnique();
        });
        modelBuilder.Entity<MessagePreference>(preference =>
        {
            preference.ToTable("MessagePreferences");
            preference.HasKey(p => new { p.UserId, p.Event, p.Channel });
            preference.Property(p => p.UserId).HasMaxLength(450);
            preference.Property(p => p.Event).HasMaxLength(60);
            preference.Property(p => p.Channel).HasMaxLength(20);
        });
        modelBuilder.Entity<RecipientProfile>(profile =>
        {
            profile.ToTable("RecipientProfiles");
            profile.HasKey(p => p.UserId);
            profile.Property(p => p.UserId).HasMaxLength(450);
            profile.Property(p => p.Locale).HasMaxLength(10);
            profile.Property(p => p.Phone).HasMaxLength(30);
        });
        modelBuilder.Entity<InboxItem>(item =>
        {
            item.ToTable("InboxItems");
            item.Property(i => i.UserId).HasMaxLength(450);
            item.Property(i => i.Event).HasMaxLength(60);
            item.Property(i => i.Title).HasMaxLength(500);
            item.Property(i => i.Link).HasMaxLength(500);
            item.HasIndex(i => i.MessageId).IsUnique();
            item.HasIndex(i => new { i.UserId, i.Id });
        });
        modelBuilder.Entity<LocalSms>(sms =>
        {
            sms.ToTable("LocalSms");
            sms.Property(s => s.To).HasMaxLength(30);
            sms.HasIndex(s => s.MessageId).IsUnique();
        });
        modelBuilder.Entity<WebhookEndpoint>(endpoint =>
        {
            endpoint.ToTable("WebhookEndpoints");
            endpoint.Property(e => e.Url).HasMaxLength(500);
            endpoint.Property(e => e.Description).HasMaxLength(200);
            endpoint.Property(e => e.Events).HasMaxLength(2000);
        });
        modelBuilder.Entity<MessagingSettings>(settings =>
        {
            settings.ToTable("MessagingSettings");
            settings.Property(s => s.Id).ValueGeneratedNever();
            settings.Property(s => s.SmtpHost).HasMaxLength(200);
            settings.Property(s => s.SmtpTls).HasConversion<string>().HasMaxLength(20);
            settings.Property(s => s.SmtpUser).HasMaxLength(200);
            settings.Property(s => s.FromAddress).HasMaxLength(200);
            settings.Property(s => s.FromName).HasMaxLength(200);
            settings.Property(s => s.TwilioAccountSid).HasMaxLength(64);
            settings.Property(s => s.TwilioFrom).HasMaxLength(64);
        });
        modelBuilder.Entity<KnownOrder>(order =>
        {
            order.ToTable("KnownOrders");
            order.HasKey(o => o.OrderId);
            order.Property(o => o.BuyerUserId).HasMaxLength(450);
            order.Property(o => o.PaymentMethod).HasMaxLength(30);
            order.Property(o => o.Total).HasPrecision(18, 2);
        });
    }
}
