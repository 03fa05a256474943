namespace SaaS.Orders.Storefront;

/// <summary>An option of a radio group or a select: the value posted, the text shown (translated by the view), whether it is chosen.</summary>
public sealed record Choice(string Value, string Label, bool Selected);
