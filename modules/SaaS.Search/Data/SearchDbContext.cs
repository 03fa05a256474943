using Microsoft.EntityFrameworkCore;
using SaaS.Search.Indexing;
using SaaS.Search.Synonyms;

namespace SaaS.Search.Data;

public sealed class SearchDbContext(DbContextOptions<SearchDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__Migrations_Search";

    public DbSet<IndexingTask> Tasks => Set<IndexingTask>();

    public DbSet<IndexingPrune> Horizons => Set<IndexingPrune>();

    public DbSet<SynonymGroup> Synonyms => Set<SynonymGroup>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var task = modelBuilder.Entity<IndexingTask>();
        task.ToTable("SearchIndexingTasks");
        task.Property(t => t.Id).ValueGeneratedOnAdd();
        task.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        task.HasIndex(t => t.CreatedUtc);

        var prune = modelBuilder.Entity<IndexingPrune>();
        prune.ToTable("SearchIndexingPrunes");
        prune.Property(p => p.Id).ValueGeneratedOnAdd();

        var synonyms = modelBuilder.Entity<SynonymGroup>();
        synonyms.ToTable("SearchSynonyms");
        synonyms.Property(s => s.Id).ValueGeneratedOnAdd();
        synonyms.Property(s => s.Terms).HasMaxLength(1000);
        synonyms.Ignore(s => s.TermList);
    }
}
