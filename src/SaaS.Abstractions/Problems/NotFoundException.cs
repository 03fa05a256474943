namespace SaaS.Problems;

/// <summary>404: the named thing does not exist (for this caller).</summary>
public sealed class NotFoundException(string field, string message)
    : ProblemException(404, "Not found.", One(field, message));
