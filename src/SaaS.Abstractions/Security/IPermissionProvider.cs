namespace SaaS.Security;

public interface IPermissionProvider
{
    IEnumerable<Permission> Permissions { get; }
}
