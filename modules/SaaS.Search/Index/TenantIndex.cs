using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace SaaS.Search.Index;

/// <summary>
/// One tenant's index on this node: a folder, one writer, near-real-time searchers, and the cursor (the last indexing
/// task applied) kept in the commit's user data, so the index and its position move together and survive restarts.
/// A missing, empty or unreadable index is wiped and opened empty with <see cref="NeedsRebuild"/> set.
/// </summary>
public sealed class TenantIndex : IDisposable
{
    public const string CursorKey = "cursor";

    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    private TenantIndex(string path, FSDirectory directory, IndexWriter writer, long cursor, bool needsRebuild)
    {
        Path = path;
        this.directory = directory;
        this.writer = writer;
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        Cursor = cursor;
        NeedsRebuild = needsRebuild;
    }

    public string Path { get; }

    /// <summary>One writer at a time: the catch-up worker, a reindex, or a request catching up a freshly opened index.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The id of the last indexing task this index reflects.</summary>
    public long Cursor { get; private set; }

    public bool NeedsRebuild { get; private set; }

    /// <summary>Whether this process has caught the index up with the task table since opening it.</summary>
    public bool CaughtUp { get; set; }

    /// <summary>Labels, filterable attributes and synonyms for queries, refreshed every few seconds.</summary>
    public SearchLookups? Lookups { get; set; }

    /// <summary>The folder is gone (deleted by hand, or with the tenant): this instance can only be thrown away.</summary>
    public bool Vanished => !System.IO.Directory.Exists(Path);

    public int DocumentCount => Search(s => s.IndexReader.NumDocs);

    public static TenantIndex Open(string path, SearchAnalyzers analyzers, ILogger logger)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            if (DirectoryReader.IndexExists(directory))
            {
                long cursor;
                using (var reader = DirectoryReader.Open(directory))
                {
                    cursor = reader.IndexCommit.UserData.TryGetValue(CursorKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;
                }
                var writer = new IndexWriter(directory, Config(analyzers, OpenMode.APPEND));
                return new TenantIndex(path, directory, writer, cursor, needsRebuild: cursor == 0);
            }
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or FormatException or InvalidOperationException)
        {
            logger.LogWarning(e, "Search index at {IndexPath} is unreadable; rebuilding it from the catalog", path);
            directory.Dispose();
            System.IO.Directory.Delete(path, recursive: true);
            System.IO.Directory.CreateDirectory(path);
            directory = FSDirectory.Open(path);
        }
        return new TenantIndex(path, directory, new IndexWriter(directory, Config(analyzers, OpenMode.CREATE)), 0, needsRebuild: true);
    }

    private static IndexWriterConfig Config(SearchAnalyzers analyzers, OpenMode mode) =>
        new(SearchAnalyzers.Version, analyzers.Index) { OpenMode = mode, RAMBufferSizeMB = 32 };

    public void Upsert(string productId, Document document) => writer.UpdateDocument(new Term(IndexFields.Id, productId), document);

    public void Delete(string field, string value) => writer.DeleteDocuments(new Term(field, value));

    public void DeleteAll() => writer.DeleteAll();

    /// <summary>Makes the changes durable together with the new cursor, and visible to searches.</summary>
    public void Commit(long cursor)
    {
        writer.SetCommitData(new Dictionary<string, string> { [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture) });
        writer.Commit();
        Cursor = cursor;
        NeedsRebuild = false;
        searchers.MaybeRefreshBlocking();
    }

    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var searcher = searchers.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        if (Vanished)
        {
            // Deleted by hand or with the tenant: nothing left to flush to, and nothing worth keeping.
            Rollback();
        }
        else
        {
            try
            {
                writer.Dispose();
            }
            catch (IOException)
            {
                Rollback();
            }
        }
        directory.Dispose();
        Gate.Dispose();
    }

    private void Rollback()
    {
        try
        {
            writer.Rollback();
        }
        catch (IOException)
        {
            // The lock and files went with the folder.
        }
    }
}
