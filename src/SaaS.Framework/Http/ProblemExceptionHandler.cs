using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using SaaS.Problems;

namespace SaaS.Http;

/// <summary>
/// Maps every <see cref="ProblemException"/>, and requests the framework could not bind, to RFC 7807 problem
/// details, in one place.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ProblemException known => known,
            BadHttpRequestException badRequest => new MalformedRequestException(badRequest),
            _ => null,
        };
        if (problem is null) return false;
        httpContext.Response.StatusCode = problem.Status;
        if (problem.RetryAfter is { } retryAfter)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var details = new HttpValidationProblemDetails(problem.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = problem.Status,
            Title = problem.Title,
            Detail = string.Join(" ", problem.Errors.SelectMany(e => e.Value)),
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
