namespace SaaS.Merchants.Terms;

/// <summary>The operator's terms page: requirements as editable text, and the current agreement.</summary>
public sealed record TermsFormModel(string Licences, string DefaultDeposit, string CategoryDeposits, AgreementView? Agreement,
    string? AgreementTitle, string? AgreementBody, string? Message, IReadOnlyDictionary<string, string> Errors);
