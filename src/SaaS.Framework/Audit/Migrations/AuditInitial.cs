using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Audit.Migrations;

[DbContext(typeof(AuditDbContext))]
[Migration("20261126000001_AuditInitial")]
public sealed class AuditInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 100, nullable: false),
                Subject = table.Column<string>(maxLength: 500, nullable: false),
                Actor = table.Column<string>(maxLength: 256, nullable: false),
                Before = table.Column<string>(maxLength: 4000, nullable: true),
                After = table.Column<string>(maxLength: 4000, nullable: true),
                AtUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", e => e.Id));
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_Action", table: "AuditEntries", column: "Action");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "AuditEntries");
}
