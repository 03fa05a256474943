namespace SaaS.Orders.Storefront;

/// <summary>Why a pasted line was refused; <paramref name="Line"/> counts from 1 as the buyer sees the text, null for the whole paste.</summary>
public sealed record QuickOrderError(int? Line, string Message);
