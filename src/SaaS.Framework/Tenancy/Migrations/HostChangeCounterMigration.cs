using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Tenancy.Migrations;

[DbContext(typeof(HostDbContext))]
[Migration("20261126000002_HostChangeCounter")]
public sealed class HostChangeCounterMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "HostChanges",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Changes = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_HostChanges", c => c.Id));
        // Plain SQL: InsertData without a model snapshot would need provider-specific column types.
        migrationBuilder.Sql($"INSERT INTO \"HostChanges\" (\"Id\", \"Changes\") VALUES ({HostChangeCounter.SingletonId}, 0)");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "HostChanges");
}
