namespace SaaS.Orders.Storefront;

/// <summary>What every buyer order page's forms need: the antiforgery token, and the message over the page.</summary>
/// <param name="Notice">What the last post did (post, redirect, get).</param>
/// <param name="Message">Why the last post was refused, when no single field of the page says it.</param>
public sealed record PageForm(string AntiforgeryField, string AntiforgeryToken, string? Notice, string? Message);
