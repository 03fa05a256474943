using SaaS.Problems;

namespace SaaS.Inventory;

/// <summary>409: some lines ask for more than is available; each is named <c>lines[i].quantity</c> with what is left.</summary>
public sealed class InsufficientStockException(IReadOnlyList<StockShortage> shortages)
    : ProblemException(409, "Not enough stock.", shortages.ToDictionary(
        s => $"lines[{s.Line}].quantity",
        s => new[] { $"Only {Math.Max(0, s.Available)} available; {s.Requested} requested." }))
{
    public IReadOnlyList<StockShortage> Shortages { get; } = shortages;
}
