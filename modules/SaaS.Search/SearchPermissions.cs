using SaaS.Security;

namespace SaaS.Search;

public sealed class SearchPermissions : IPermissionProvider
{
    public static readonly Permission ManageSearch = new("ManageSearch", "Rebuild the search index and edit search synonyms", "Search");

    public IEnumerable<Permission> Permissions => [ManageSearch];
}
