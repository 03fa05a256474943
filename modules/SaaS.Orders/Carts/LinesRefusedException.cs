using SaaS.Problems;

namespace SaaS.Orders.Carts;

/// <summary>
/// Lines that cannot be ordered, each under its own field (<c>lines[2].quantity</c>): 422 when a rule of the
/// product is broken (MOQ, pack size, not on sale), 409 when only stock is short, since waiting may cure that.
/// </summary>
public sealed class LinesRefusedException(IReadOnlyList<(string Field, int Status, string Message)> problems)
    : ProblemException(
        problems.Any(p => p.Status == 422) ? 422 : 409,
        problems.Any(p => p.Status == 422) ? "Some lines cannot be ordered." : "Not enough stock.",
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
