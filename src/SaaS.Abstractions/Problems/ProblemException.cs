namespace SaaS.Problems;

/// <summary>
/// A failure the caller can act on. Thrown by services, mapped once to RFC 7807 problem details
/// with the status and the offending fields.
/// </summary>
public abstract class ProblemException(int status, string title, IReadOnlyDictionary<string, string[]> errors)
    : Exception(Describe(title, errors))
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    /// <summary>Field (or JSON path) to messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>Sent as <c>Retry-After</c> when the caller should simply try again later.</summary>
    public TimeSpan? RetryAfter { get; init; }

    protected static IReadOnlyDictionary<string, string[]> One(string field, string message) =>
        new Dictionary<string, string[]> { [field] = [message] };

    private static string Describe(string title, IReadOnlyDictionary<string, string[]> errors) =>
        errors.Count == 0
            ? title
            : title + " " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
