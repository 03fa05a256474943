namespace SaaS.Problems;

/// <summary>422: the request is well formed but refers to something that cannot be used (an unknown recipe, an invalid recipe).</summary>
public sealed class UnprocessableException(string title, IReadOnlyDictionary<string, string[]> errors)
    : ProblemException(422, title, errors)
{
    public UnprocessableException(string field, string message) : this("The request cannot be processed.", One(field, message))
    {
    }
}
