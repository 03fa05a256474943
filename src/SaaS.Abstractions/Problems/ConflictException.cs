namespace SaaS.Problems;

/// <summary>409: the request clashes with the current state (a taken name, an illegal transition).</summary>
public sealed class ConflictException(string field, string message)
    : ProblemException(409, "Conflict.", One(field, message));
