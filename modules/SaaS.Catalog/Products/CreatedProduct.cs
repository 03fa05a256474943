using SaaS.Problems;

namespace SaaS.Catalog.Products;

/// <summary>One row of <see cref="ProductService.CreateManyAsync"/>: the product, or why it was not created.</summary>
public sealed record CreatedProduct(Product? Product, ProblemException? Problem);
