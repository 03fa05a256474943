namespace SaaS.Problems;

/// <summary>403: the caller is known and may see the thing, but not do this to it.</summary>
public sealed class ForbiddenException(string field, string message)
    : ProblemException(403, "Forbidden.", One(field, message));
