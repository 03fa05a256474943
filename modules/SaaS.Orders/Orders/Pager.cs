namespace SaaS.Orders.Orders;

/// <summary>Where a list is among its pages, and the links to the pages around it (null at either end).</summary>
public sealed record Pager(int Page, int Pages, int Total, string? PreviousHref, string? NextHref);
