namespace SaaS.Merchants.Applications;

/// <summary>One industry licence on the application form, with what was typed and what was wrong with it.</summary>
public sealed record LicenceFieldModel(string Code, string Name, string? Number, string? ExpiresOn, string? NumberError, string? ExpiresOnError);
