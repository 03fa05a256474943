namespace SaaS.Search.Indexing;

public enum IndexingTaskKind
{
    /// <summary>Look at one product again.</summary>
    Product,

    /// <summary>Look at every product of one merchant again (suspended, reinstated).</summary>
    Merchant,

    /// <summary>Rebuild the whole index from the catalog.</summary>
    Reindex,

    /// <summary>Nothing to index: read the lookups (category names and visibility, merchants, synonyms) again.</summary>
    Lookups,
}
