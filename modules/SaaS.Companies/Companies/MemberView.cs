namespace SaaS.Companies.Companies;

public sealed record MemberView(string UserId, string Email, string Role)
{
    public static MemberView From(CompanyMember m) => new(m.UserId, m.Email, m.Role.ToString());
}
