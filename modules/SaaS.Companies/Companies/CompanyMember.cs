namespace SaaS.Companies.Companies;

/// <summary>A user acting for a company, with one role there.</summary>
public sealed class CompanyMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CompanyId { get; init; }

    public required string UserId { get; init; }

    public required string Email { get; init; }

    public CompanyRole Role { get; set; }

    public DateTimeOffset JoinedUtc { get; init; }
}
