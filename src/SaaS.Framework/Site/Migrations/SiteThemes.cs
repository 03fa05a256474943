using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SaaS.Tenants;

namespace SaaS.Site.Migrations;

[DbContext(typeof(SiteDbContext))]
[Migration("20261126000002_SiteThemes")]
public sealed class SiteThemes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Theme", table: "Site", maxLength: 64, nullable: false, defaultValue: SiteSettings.DefaultTheme);

        migrationBuilder.CreateTable(
            name: "TemplateOverrides",
            columns: table => new
            {
                View = table.Column<string>(maxLength: 200, nullable: false),
                Source = table.Column<string>(nullable: false),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_TemplateOverrides", t => t.View));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "TemplateOverrides");
        migrationBuilder.DropColumn(name: "Theme", table: "Site");
    }
}
