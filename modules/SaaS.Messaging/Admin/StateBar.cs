namespace SaaS.Messaging.Admin;

/// <param name="TextY">The baseline of the bar's label and figure.</param>
public sealed record StateBar(string State, int Count, int X, int Y, int Width, int TextY);
