using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Site.Migrations;

[DbContext(typeof(SiteDbContext))]
[Migration("20261126000001_SiteInitial")]
public sealed class SiteInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Site",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                SiteName = table.Column<string>(maxLength: 200, nullable: false),
                DefaultCurrency = table.Column<string>(maxLength: 3, nullable: false),
                Locale = table.Column<string>(maxLength: 10, nullable: false),
                TimeZone = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Site", s => s.Id));

        migrationBuilder.CreateTable(
            name: "EnabledFeatures",
            columns: table => new { Id = table.Column<string>(maxLength: 100, nullable: false) },
            constraints: table => table.PrimaryKey("PK_EnabledFeatures", f => f.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "EnabledFeatures");
        migrationBuilder.DropTable(name: "Site");
    }
}
