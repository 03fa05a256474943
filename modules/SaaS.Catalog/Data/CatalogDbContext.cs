using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Pricing;
using SaaS.Catalog.Imports;
using SaaS.Catalog.Products;

namespace SaaS.Catalog.Data;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Catalog";

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<AttributeDefinition> Attributes => Set<AttributeDefinition>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Sku> Skus => Set<Sku>();

    public DbSet<PriceTier> PriceTiers => Set<PriceTier>();

    public DbSet<CatalogSettings> Settings => Set<CatalogSettings>();

    public DbSet<PriceList> PriceLists => Set<PriceList>();

    public DbSet<Images.ProductImage> ProductImages => Set<Images.ProductImage>();

    public DbSet<PriceListCompany> PriceListCompanies => Set<PriceListCompany>();

    public DbSet<ProductImport> Imports => Set<ProductImport>();

    public DbSet<ProductImportError> ImportErrors => Set<ProductImportError>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var category = modelBuilder.Entity<Category>();
        category.ToTable("Categories");
        category.Property(c => c.Slug).HasMaxLength(100);
        category.Property(c => c.Name).HasMaxLength(100);
        category.HasIndex(c => c.Slug).IsUnique();
        category.HasIndex(c => c.ParentId);
        category.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);

        var attribute = modelBuilder.Entity<AttributeDefinition>();
        attribute.ToTable("AttributeDefinitions");
        attribute.Property(a => a.Code).HasMaxLength(50);
        attribute.Property(a => a.Name).HasMaxLength(100);
        attribute.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        attribute.Property(a => a.Unit).HasMaxLength(20);
        attribute.Property(a => a.Options).HasMaxLength(2000);
        attribute.Ignore(a => a.OptionList);
        attribute.HasIndex(a => new { a.CategoryId, a.Code }).IsUnique();
        attribute.HasOne<Category>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Cascade);

        var product = modelBuilder.Entity<Product>();
        product.ToTable("Products");
        product.Property(p => p.Slug).HasMaxLength(160);
        product.Property(p => p.Title).HasMaxLength(200);
        product.Property(p => p.Brand).HasMaxLength(100);
        product.Property(p => p.Unit).HasMaxLength(20);
        product.Property(p => p.Attributes).HasMaxLength(8000);
        product.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        product.Property(p => p.RejectionReason).HasMaxLength(1000);
        product.Property(p => p.PriceFrom).HasPrecision(18, 2);
        product.HasIndex(p => p.Slug).IsUnique();
        product.HasIndex(p => new { p.MerchantId, p.Status });
        product.HasIndex(p => new { p.CategoryId, p.Status });
        product.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        product.HasMany(p => p.Skus).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);

        var sku = modelBuilder.Entity<Sku>();
        sku.ToTable("Skus");
        sku.Property(s => s.Code).HasMaxLength(64);
        sku.Property(s => s.Variant).HasMaxLength(1000);
        sku.HasIndex(s => s.Code).IsUnique();
        sku.HasMany(s => s.Tiers).WithOne().HasForeignKey(t => t.SkuId).OnDelete(DeleteBehavior.Cascade);

        var tier = modelBuilder.Entity<PriceTier>();
        tier.ToTable("PriceTiers");
        tier.Property(t => t.UnitPrice).HasPrecision(18, 2);
        tier.HasIndex(t => new { t.SkuId, t.MinQuantity }).IsUnique();

        var priceList = modelBuilder.Entity<PriceList>();
        priceList.ToTable("PriceLists");
        priceList.Property(l => l.Name).HasMaxLength(100);
        priceList.Property(l => l.DiscountPercent).HasPrecision(5, 2);
        priceList.HasIndex(l => new { l.MerchantId, l.Name }).IsUnique();
        priceList.HasMany(l => l.Companies).WithOne().HasForeignKey(c => c.PriceListId).OnDelete(DeleteBehavior.Cascade);

        var listCompany = modelBuilder.Entity<PriceListCompany>();
        listCompany.ToTable("PriceListCompanies");
        listCompany.HasIndex(c => new { c.PriceListId, c.CompanyId }).IsUnique();
        listCompany.HasIndex(c => c.CompanyId);

        var image = modelBuilder.Entity<Images.ProductImage>();
        image.ToTable("ProductImages");
        image.HasIndex(i => new { i.ProductId, i.Position });
        image.HasOne<Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);

        var settings = modelBuilder.Entity<CatalogSettings>();
        settings.ToTable("CatalogSettings");
        settings.Property(s => s.Id).ValueGeneratedNever();

        var import = modelBuilder.Entity<ProductImport>();
        import.ToTable("ProductImports");
        import.Property(i => i.UserId).HasMaxLength(450);
        import.Property(i => i.FileName).HasMaxLength(260);
        import.Property(i => i.Format).HasConversion<string>().HasMaxLength(10);
        import.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        import.Property(i => i.Failure).HasMaxLength(2000);
        import.HasIndex(i => i.MerchantId);
        import.HasMany<ProductImportError>().WithOne().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Cascade);

        var importError = modelBuilder.Entity<ProductImportError>();
        importError.ToTable("ProductImportErrors");
        importError.Property(e => e.Column).HasMaxLength(100);
        importError.Property(e => e.Message).HasMaxLength(1000);
        importError.HasIndex(e => new { e.ImportId, e.Row });
    }
}
