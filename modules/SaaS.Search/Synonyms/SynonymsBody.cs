namespace SaaS.Search.Synonyms;

public sealed record SynonymsBody(IReadOnlyList<IReadOnlyList<string>>? Synonyms);
