namespace SaaS.Catalog.Events;

/// <summary>
/// The category tree or an attribute definition changed (a name, a parent, a searchable or filterable flag):
/// whatever holds a copy of product data derived from them (the search index) should rebuild it.
/// </summary>
public sealed record CatalogStructureChanged(string What);
