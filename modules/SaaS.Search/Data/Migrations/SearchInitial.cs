using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SaaS.Search.Data.Migrations;

[DbContext(typeof(SearchDbContext))]
[Migration("20261128000100_SearchInitial")]
public sealed class SearchInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SearchIndexingTasks",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                TargetId = table.Column<Guid>(nullable: true),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SearchIndexingTasks", t => t.Id));
        migrationBuilder.CreateIndex(name: "IX_SearchIndexingTasks_CreatedUtc", table: "SearchIndexingTasks", column: "CreatedUtc");

        migrationBuilder.CreateTable(
            name: "SearchSynonyms",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Terms = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SearchSynonyms", s => s.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "SearchSynonyms");
        migrationBuilder.DropTable(name: "SearchIndexingTasks");
    }
}
