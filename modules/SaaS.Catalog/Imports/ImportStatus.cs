namespace SaaS.Catalog.Imports;

public enum ImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
