using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Site.Migrations;

[DbContext(typeof(SiteDbContext))]
[Migration("20261126000003_SiteLogo")]
public sealed class SiteLogo : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "Logo", table: "Site", maxLength: 100, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "Logo", table: "Site");
}
