using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Site.Migrations;

[DbContext(typeof(SiteDbContext))]
[Migration("20261126000004_SiteThemeSettings")]
public sealed class SiteThemeSettings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "ThemeSettings", table: "Site", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "ThemeSettings", table: "Site");
}
