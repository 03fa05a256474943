namespace SaaS.Blocks;

/// <summary>Which page a block is rendered on: a merchant's shop (<see cref="MerchantId"/>) or the marketplace's own.</summary>
public sealed record BlockRequest(string Type, Guid? MerchantId, IReadOnlyDictionary<string, object?> Settings);

/// <summary>
/// Loads what a block of <see cref="BlockType"/> shows besides its settings (the products of a product grid, the
/// licences of a certifications block), as a registered Liquid model; the view reads it as <c>block.data</c>.
/// </summary>
public interface IBlockData
{
    string BlockType { get; }

    Task<object?> LoadAsync(BlockRequest request, CancellationToken cancellationToken);
}
