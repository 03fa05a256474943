namespace SaaS.Companies.Companies;

public sealed record AddressRequest(string? Label, string? Recipient, string? Phone, string? Region, string? Street, bool IsDefault);
