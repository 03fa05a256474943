namespace SaaS.Problems;

/// <summary>400: the request itself is malformed or breaks a rule on one of its fields.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : ProblemException(400, "One or more fields are invalid.", errors)
{
    public ValidationFailedException(string field, string message) : this(One(field, message))
    {
    }
}
