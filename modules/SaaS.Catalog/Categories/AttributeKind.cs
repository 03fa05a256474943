namespace SaaS.Catalog.Categories;

public enum AttributeKind
{
    Text,
    Number,
    SingleChoice,
    MultiChoice,
    Boolean,
}
