using Microsoft.EntityFrameworkCore;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Approvals;
using SaaS.Orders.Carts;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Data;

public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Orders";

    public DbSet<CartLine> CartLines => Set<CartLine>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();

    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<ShipmentItem> ShipmentItems => Set<ShipmentItem>();

    public DbSet<CompanyOrderRule> CompanyOrderRules => Set<CompanyOrderRule>();

    public DbSet<AfterSalesRequest> AfterSalesRequests => Set<AfterSalesRequest>();

    public DbSet<AfterSalesItem> AfterSalesItems => Set<AfterSalesItem>();

    public DbSet<AfterSalesPhoto> AfterSalesPhotos => Set<AfterSalesPhoto>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var cart = modelBuilder.Entity<CartLine>();
        cart.ToTable("CartLines");
        cart.HasIndex(l => new { l.CompanyId, l.SkuId }).IsUnique();

        var order = modelBuilder.Entity<Order>();
        order.ToTable("Orders");
        order.Property(o => o.BuyerUserId).HasMaxLength(450);
        order.Property(o => o.BuyerEmail).HasMaxLength(256);
        order.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.Total).HasPrecision(18, 2);
        order.Property(o => o.PaymentMethod).HasMaxLength(40);
        order.Property(o => o.PoNumber).HasMaxLength(64);
        order.Property(o => o.Note).HasMaxLength(1000);
        order.Property(o => o.InvoiceType).HasMaxLength(20);
        order.Property(o => o.InvoiceTitle).HasMaxLength(2000);
        order.Property(o => o.ShipTo).HasMaxLength(2000);
        order.Property(o => o.PaymentReference).HasMaxLength(200);
        order.Property(o => o.Version).IsConcurrencyToken();
        order.HasIndex(o => o.CheckoutId);
        order.HasIndex(o => new { o.CompanyId, o.State });
        order.HasIndex(o => new { o.MerchantId, o.State });
        order.HasIndex(o => o.State);
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasMany(o => o.Timeline).WithOne().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasMany(o => o.Shipments).WithOne().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);

        var line = modelBuilder.Entity<OrderLine>();
        line.ToTable("OrderLines");
        line.Property(l => l.SkuCode).HasMaxLength(64);
        line.Property(l => l.Title).HasMaxLength(300);
        line.Property(l => l.Unit).HasMaxLength(20);
        line.Property(l => l.UnitPrice).HasPrecision(18, 2);
        line.Property(l => l.LineTotal).HasPrecision(18, 2);

        var timeline = modelBuilder.Entity<OrderEvent>();
        timeline.ToTable("OrderEvents");
        timeline.Property(e => e.Actor).HasMaxLength(256);
        timeline.Property(e => e.Action).HasMaxLength(40);
        timeline.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
        timeline.Property(e => e.Detail).HasMaxLength(1000);
        timeline.HasIndex(e => e.AfterSalesId);

        var shipment = modelBuilder.Entity<Shipment>();
        shipment.ToTable("Shipments");
        shipment.Property(s => s.Carrier).HasMaxLength(100);
        shipment.Property(s => s.TrackingNumber).HasMaxLength(100);
        shipment.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.ShipmentId).OnDelete(DeleteBehavior.Cascade);

        var item = modelBuilder.Entity<ShipmentItem>();
        item.ToTable("ShipmentItems");
        item.HasIndex(i => i.OrderLineId);

        var rule = modelBuilder.Entity<CompanyOrderRule>();
        rule.ToTable("CompanyOrderRules");
        rule.HasKey(r => r.CompanyId);
        rule.Property(r => r.CompanyId).ValueGeneratedNever();
        rule.Property(r => r.ApprovalThreshold).HasPrecision(18, 2);

        var afterSales = modelBuilder.Entity<AfterSalesRequest>();
        afterSales.ToTable("AfterSalesRequests");
        afterSales.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        afterSales.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        afterSales.Property(r => r.Reason).HasMaxLength(1000);
        afterSales.Property(r => r.RequestedBy).HasMaxLength(256);
        afterSales.Property(r => r.ClaimedAmount).HasPrecision(18, 2);
        afterSales.Property(r => r.RefundAmount).HasPrecision(18, 2);
        afterSales.Property(r => r.RejectionReason).HasMaxLength(1000);
        afterSales.Property(r => r.ReturnCarrier).HasMaxLength(100);
        afterSales.Property(r => r.ReturnTrackingNumber).HasMaxLength(100);
        afterSales.Property(r => r.RefundReference).HasMaxLength(200);
        afterSales.Property(r => r.Version).IsConcurrencyToken();
        afterSales.HasIndex(r => r.OrderId);
        afterSales.HasIndex(r => new { r.MerchantId, r.State });
        afterSales.HasIndex(r => new { r.CompanyId, r.State });
        afterSales.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        afterSales.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
        afterSales.HasMany(r => r.Photos).WithOne().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.SetNull);

        var afterSalesItem = modelBuilder.Entity<AfterSalesItem>();
        afterSalesItem.ToTable("AfterSalesItems");
        afterSalesItem.Property(i => i.UnitPrice).HasPrecision(18, 2);
        afterSalesItem.HasIndex(i => i.OrderLineId);

        var photo = modelBuilder.Entity<AfterSalesPhoto>();
        photo.ToTable("AfterSalesPhotos");
        photo.Property(p => p.FileName).HasMaxLength(100);
        photo.HasIndex(p => p.OrderId);
        photo.HasOne<Order>().WithMany().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
