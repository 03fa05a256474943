using Microsoft.Extensions.DependencyInjection;

namespace SaaS.Blocks;

public static class BlockServiceCollectionExtensions
{
    public static IServiceCollection AddBlockType(this IServiceCollection services, BlockType type) => services.AddSingleton(type);

    public static IServiceCollection AddBlockData<T>(this IServiceCollection services) where T : class, IBlockData =>
        services.AddScoped<IBlockData, T>();
}
