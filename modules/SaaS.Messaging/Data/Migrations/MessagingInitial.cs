using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Messaging.Data.Migrations;

/// <summary>
/// The outbox and its delivery log, templates, notification rules, preferences and profiles, the in-site inbox,
/// the local SMS outbox, webhook endpoints, channel settings and messaging's note of placed orders.
/// </summary>
[DbContext(typeof(MessagingDbContext))]
[Migration("20261127000100_MessagingInitial")]
public sealed class MessagingInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Event = table.Column<string>(maxLength: 60, nullable: false),
                IdempotencyKey = table.Column<string>(maxLength: 400, nullable: false),
                Channel = table.Column<string>(maxLength: 20, nullable: false),
                Recipient = table.Column<string>(maxLength: 300, nullable: false),
                Party = table.Column<string>(maxLength: 100, nullable: false),
                Address = table.Column<string>(maxLength: 300, nullable: false),
                Locale = table.Column<string>(maxLength: 10, nullable: false),
                PayloadJson = table.Column<string>(nullable: false),
                State = table.Column<string>(maxLength: 12, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<long>(nullable: false),
                LeaseOwner = table.Column<Guid>(nullable: true),
                LeaseUntil = table.Column<long>(nullable: true),
                Subject = table.Column<string>(maxLength: 500, nullable: true),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
                ProviderId = table.Column<string>(maxLength: 200, nullable: true),
                CreatedAt = table.Column<long>(nullable: false),
                SentAt = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", m => m.Id));
        migrationBuilder.CreateIndex(name: "IX_OutboxMessages_IdempotencyKey", table: "OutboxMessages", column: "IdempotencyKey", unique: true);
        migrationBuilder.CreateIndex(name: "IX_OutboxMessages_State_NextAttemptAt", table: "OutboxMessages", columns: ["State", "NextAttemptAt"]);

        migrationBuilder.CreateTable(
            name: "DeliveryAttempts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MessageId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Outcome = table.Column<string>(maxLength: 12, nullable: false),
                Error = table.Column<string>(maxLength: 2000, nullable: true),
                At = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DeliveryAttempts", a => a.Id));
        migrationBuilder.CreateIndex(name: "IX_DeliveryAttempts_MessageId", table: "DeliveryAttempts", column: "MessageId");

        migrationBuilder.CreateTable(
            name: "MessageTemplates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Event = table.Column<string>(maxLength: 60, nullable: false),
                Channel = table.Column<string>(maxLength: 20, nullable: false),
                Locale = table.Column<string>(maxLength: 10, nullable: false),
                Subject = table.Column<string>(maxLength: 500, nullable: true),
                Body = table.Column<string>(nullable: false),
                Text = table.Column<string>(nullable: true),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
                UpdatedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MessageTemplates", t => t.Id));
        migrationBuilder.CreateIndex(name: "IX_MessageTemplates_Event_Channel_Locale", table: "MessageTemplates", columns: ["Event", "Channel", "Locale"], unique: true);

        migrationBuilder.CreateTable(
            name: "NotificationRules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Event = table.Column<string>(maxLength: 60, nullable: false),
                Audience = table.Column<string>(maxLength: 40, nullable: false),
                Permission = table.Column<string>(maxLength: 100, nullable: true),
                Channels = table.Column<string>(maxLength: 100, nullable: false),
                Enabled = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_NotificationRules", r => r.Id));
        migrationBuilder.CreateIndex(name: "IX_NotificationRules_Event_Audience", table: "NotificationRules", columns: ["Event", "Audience"], unique: true);

        migrationBuilder.CreateTable(
            name: "MessagePreferences",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Event = table.Column<string>(maxLength: 60, nullable: false),
                Channel = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MessagePreferences", p => new { p.UserId, p.Event, p.Channel }));

        migrationBuilder.CreateTable(
            name: "RecipientProfiles",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Locale = table.Column<string>(maxLength: 10, nullable: true),
                Phone = table.Column<string>(maxLength: 30, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_RecipientProfiles", p => p.UserId));

        migrationBuilder.CreateTable(
            name: "InboxItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                MessageId = table.Column<Guid>(nullable: false),
                Event = table.Column<string>(maxLength: 60, nullable: false),
                Title = table.Column<string>(maxLength: 500, nullable: false),
                Body = table.Column<string>(nullable: false),
                Link = table.Column<string>(maxLength: 500, nullable: true),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                ReadUtc = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_InboxItems", i => i.Id));
        migrationBuilder.CreateIndex(name: "IX_InboxItems_MessageId", table: "InboxItems", column: "MessageId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_InboxItems_UserId_Id", table: "InboxItems", columns: ["UserId", "Id"]);

        migrationBuilder.CreateTable(
            name: "LocalSms",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MessageId = table.Column<Guid>(nullable: false),
                To = table.Column<string>(maxLength: 30, nullable: false),
                Body = table.Column<string>(nullable: false),
                Segments = table.Column<int>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_LocalSms", s => s.Id));
        migrationBuilder.CreateIndex(name: "IX_LocalSms_MessageId", table: "LocalSms", column: "MessageId", unique: true);

        migrationBuilder.CreateTable(
            name: "WebhookEndpoints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Url = table.Column<string>(maxLength: 500, nullable: false),
                Description = table.Column<string>(maxLength: 200, nullable: true),
                Events = table.Column<string>(maxLength: 2000, nullable: false),
                SecretProtected = table.Column<string>(nullable: false),
                Enabled = table.Column<bool>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WebhookEndpoints", e => e.Id));

        migrationBuilder.CreateTable(
            name: "MessagingSettings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                SmtpHost = table.Column<string>(maxLength: 200, nullable: true),
                SmtpPort = table.Column<int>(nullable: false),
                SmtpTls = table.Column<string>(maxLength: 20, nullable: false),
                SmtpUser = table.Column<string>(maxLength: 200, nullable: true),
                SmtpPasswordProtected = table.Column<string>(nullable: true),
                FromAddress = table.Column<string>(maxLength: 200, nullable: true),
                FromName = table.Column<string>(maxLength: 200, nullable: true),
                TwilioAccountSid = table.Column<string>(maxLength: 64, nullable: true),
                TwilioAuthTokenProtected = table.Column<string>(nullable: true),
                TwilioFrom = table.Column<string>(maxLength: 64, nullable: true),
                EmailPerSecond = table.Column<int>(nullable: false),
                SmsPerSecond = table.Column<int>(nullable: false),
                WebhookPerSecond = table.Column<int>(nullable: false),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MessagingSettings", s => s.Id));

        migrationBuilder.CreateTable(
            name: "KnownOrders",
            columns: table => new
            {
                OrderId = table.Column<Guid>(nullable: false),
                CompanyId = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                BuyerUserId = table.Column<string>(maxLength: 450, nullable: false),
                Total = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                PaymentMethod = table.Column<string>(maxLength: 30, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_KnownOrders", o => o.OrderId));
    }
}
