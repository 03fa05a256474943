using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Tenancy.Migrations;

// Migrations are written by hand without provider-specific column types, so one set serves SQLite and
// PostgreSQL (see docs/decisions/002-provider-neutral-migrations.md).
[DbContext(typeof(HostDbContext))]
[Migration("20261126000001_HostInitial")]
public sealed class HostInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Tenants",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 40, nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                UrlPrefix = table.Column<string>(maxLength: 40, nullable: true),
                HostNames = table.Column<string>(nullable: false),
                Recipe = table.Column<string>(maxLength: 100, nullable: false),
                DatabaseProvider = table.Column<string>(maxLength: 20, nullable: false),
                ConnectionString = table.Column<string>(nullable: true),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                Version = table.Column<int>(nullable: false),
                SchemaStamp = table.Column<string>(maxLength: 200, nullable: true),
                Error = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Tenants", t => t.Name));

        migrationBuilder.CreateIndex(name: "IX_Tenants_UrlPrefix", table: "Tenants", column: "UrlPrefix", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "Tenants");
}
