using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SaaS.Problems;

namespace SaaS.Http;

/// <summary>A body or parameter that could not be bound, named by its JSON path where there is one.</summary>
public sealed class MalformedRequestException(BadHttpRequestException cause)
    : ProblemException(cause.StatusCode, "The request could not be read.", Describe(cause))
{
    private static IReadOnlyDictionary<string, string[]> Describe(BadHttpRequestException cause) =>
        cause.InnerException is JsonException json
            ? new Dictionary<string, string[]> { [json.Path ?? "$"] = [$"Malformed JSON or a value of the wrong type at {json.Path ?? "the start"}."] }
            : new Dictionary<string, string[]> { ["request"] = [cause.Message] };
}
