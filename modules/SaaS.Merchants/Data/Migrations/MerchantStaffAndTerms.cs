using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Merchants.Data.Migrations;

[DbContext(typeof(MerchantsDbContext))]
[Migration("20261127000001_MerchantStaffAndTerms")]
public sealed class MerchantStaffAndTerms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var (column, length) in new[] { ("LegalRepresentative", 100), ("ContactName", 100), ("Mobile", 20), ("Email", 256), ("Address", 500), ("Description", 2000) })
        {
            migrationBuilder.AddColumn<string>(name: column, table: "Merchants", maxLength: length, nullable: false, defaultValue: "");
        }
        migrationBuilder.AddColumn<string>(name: "SuspensionReason", table: "Merchants", maxLength: 1000, nullable: true);

        migrationBuilder.CreateTable(
            name: "MerchantRoles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Template = table.Column<string>(maxLength: 50, nullable: true),
                Permissions = table.Column<string>(maxLength: 4000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MerchantRoles", r => r.Id);
                table.ForeignKey("FK_MerchantRoles_Merchants_MerchantId", r => r.MerchantId, "Merchants", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_MerchantRoles_MerchantId_Name", table: "MerchantRoles", columns: ["MerchantId", "Name"], unique: true);

        migrationBuilder.AddColumn<string>(name: "Email", table: "MerchantMembers", maxLength: 256, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<Guid>(name: "RoleId", table: "MerchantMembers", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "Disabled", table: "MerchantMembers", nullable: false, defaultValue: false);
        migrationBuilder.CreateIndex(name: "IX_MerchantMembers_RoleId", table: "MerchantMembers", column: "RoleId");
        // SQLite cannot add a constraint to an existing table; there MerchantRoles.DeleteAsync's check is the only guard.
        if (!IsSqlite(migrationBuilder)) migrationBuilder.AddForeignKey("FK_MerchantMembers_MerchantRoles_RoleId", "MerchantMembers", "RoleId", "MerchantRoles", principalColumn: "Id", onDelete: ReferentialAction.Restrict);

        migrationBuilder.CreateTable(
            name: "LicenceRequirements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 50, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_LicenceRequirements", r => r.Id));
        migrationBuilder.CreateIndex(name: "IX_LicenceRequirements_Code", table: "LicenceRequirements", column: "Code", unique: true);

        migrationBuilder.CreateTable(
            name: "MerchantLicences",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: true),
                MerchantId = table.Column<Guid>(nullable: true),
                Code = table.Column<string>(maxLength: 50, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Number = table.Column<string>(maxLength: 100, nullable: false),
                ExpiresOn = table.Column<DateOnly>(nullable: false),
                ExpiringNoticeFor = table.Column<DateOnly>(nullable: true),
                ExpiredNoticeFor = table.Column<DateOnly>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MerchantLicences", l => l.Id));
        migrationBuilder.CreateIndex(name: "IX_MerchantLicences_ApplicationId", table: "MerchantLicences", column: "ApplicationId");
        migrationBuilder.CreateIndex(name: "IX_MerchantLicences_MerchantId", table: "MerchantLicences", column: "MerchantId");

        migrationBuilder.CreateTable(
            name: "DepositRules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Category = table.Column<string>(maxLength: 100, nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DepositRules", r => r.Id));
        migrationBuilder.CreateIndex(name: "IX_DepositRules_Category", table: "DepositRules", column: "Category", unique: true);

        migrationBuilder.CreateTable(
            name: "DepositEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                Reference = table.Column<string>(maxLength: 100, nullable: false),
                Note = table.Column<string>(maxLength: 500, nullable: false),
                RecordedBy = table.Column<string>(maxLength: 256, nullable: false),
                RecordedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DepositEntries", e => e.Id);
                table.ForeignKey("FK_DepositEntries_Merchants_MerchantId", e => e.MerchantId, "Merchants", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_DepositEntries_MerchantId", table: "DepositEntries", column: "MerchantId");

        migrationBuilder.CreateTable(
            name: "AgreementVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Body = table.Column<string>(nullable: false),
                PublishedUtc = table.Column<DateTimeOffset>(nullable: false),
                PublishedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AgreementVersions", v => v.Id));
        migrationBuilder.CreateIndex(name: "IX_AgreementVersions_Version", table: "AgreementVersions", column: "Version", unique: true);

        migrationBuilder.CreateTable(
            name: "AgreementAcceptances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                UserEmail = table.Column<string>(maxLength: 256, nullable: false),
                AcceptedUtc = table.Column<DateTimeOffset>(nullable: false),
                IpAddress = table.Column<string>(maxLength: 45, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgreementAcceptances", a => a.Id);
                table.ForeignKey("FK_AgreementAcceptances_Merchants_MerchantId", a => a.MerchantId, "Merchants", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_AgreementAcceptances_MerchantId_Version", table: "AgreementAcceptances", columns: ["MerchantId", "Version"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "AgreementAcceptances", "AgreementVersions", "DepositEntries", "DepositRules", "MerchantLicences", "LicenceRequirements" })
        {
            migrationBuilder.DropTable(name: table);
        }
        if (!IsSqlite(migrationBuilder)) migrationBuilder.DropForeignKey("FK_MerchantMembers_MerchantRoles_RoleId", "MerchantMembers");
        migrationBuilder.DropIndex(name: "IX_MerchantMembers_RoleId", table: "MerchantMembers");
        foreach (var column in new[] { "Email", "RoleId", "Disabled" }) migrationBuilder.DropColumn(name: column, table: "MerchantMembers");
        migrationBuilder.DropTable(name: "MerchantRoles");
        foreach (var column in new[] { "LegalRepresentative", "ContactName", "Mobile", "Email", "Address", "Description", "SuspensionReason" })
        {
            migrationBuilder.DropColumn(name: column, table: "Merchants");
        }
    }

    private static bool IsSqlite(MigrationBuilder migrationBuilder) => migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
}
