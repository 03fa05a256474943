namespace SaaS.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
