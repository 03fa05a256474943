using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Merchants.Data.Migrations;

// Provider-neutral by hand, like every module's migrations (docs/decisions/002).
[DbContext(typeof(MerchantsDbContext))]
[Migration("20261126000001_MerchantsInitial")]
public sealed class MerchantsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MerchantApplications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                LegalName = table.Column<string>(maxLength: 200, nullable: false),
                CreditCode = table.Column<string>(maxLength: 18, nullable: false),
                LegalRepresentative = table.Column<string>(maxLength: 100, nullable: false),
                ContactName = table.Column<string>(maxLength: 100, nullable: false),
                Mobile = table.Column<string>(maxLength: 20, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Address = table.Column<string>(maxLength: 500, nullable: false),
                Categories = table.Column<string>(maxLength: 1000, nullable: false),
                LicenceFile = table.Column<string>(maxLength: 100, nullable: false),
                LicenceContentType = table.Column<string>(maxLength: 100, nullable: false),
                SubmittedUtc = table.Column<DateTimeOffset>(nullable: false),
                ReviewedUtc = table.Column<DateTimeOffset>(nullable: true),
                ReviewedBy = table.Column<string>(maxLength: 256, nullable: true),
                RejectionReason = table.Column<string>(maxLength: 1000, nullable: true),
                MerchantId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MerchantApplications", a => a.Id));

        migrationBuilder.CreateTable(
            name: "Merchants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                CreditCode = table.Column<string>(maxLength: 18, nullable: false),
                Categories = table.Column<string>(maxLength: 1000, nullable: false),
                OwnerUserId = table.Column<string>(maxLength: 450, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Merchants", m => m.Id));

        migrationBuilder.CreateIndex(name: "IX_MerchantApplications_CreditCode", table: "MerchantApplications", column: "CreditCode");
        migrationBuilder.CreateIndex(name: "IX_MerchantApplications_Status", table: "MerchantApplications", column: "Status");
        migrationBuilder.CreateIndex(name: "IX_Merchants_CreditCode", table: "Merchants", column: "CreditCode", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Merchants");
        migrationBuilder.DropTable(name: "MerchantApplications");
    }
}
