using SaaS.Blocks;
using SaaS.Tenants;

namespace SaaS.Decoration.Pages;

/// <summary>The block types this marketplace offers: those of modules it has switched on, for shops or for its own pages.</summary>
public sealed class BlockCatalog(IEnumerable<BlockType> types, ITenant tenant)
{
    public IReadOnlyList<BlockType> For(BlockPlacement placement) =>
        types.Where(t => t.Placement.HasFlag(placement) && (t.FeatureId is null || tenant.IsFeatureEnabled(t.FeatureId))).ToList();

    public BlockType? Find(string? name, BlockPlacement placement) => For(placement).FirstOrDefault(t => t.Name == name);
}
