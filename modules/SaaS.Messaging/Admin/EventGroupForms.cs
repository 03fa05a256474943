namespace SaaS.Messaging.Admin;

/// <summary>The catalog events of one group (Orders, Merchants, …), each with its rules form.</summary>
public sealed record EventGroupForms(string Group, IReadOnlyList<EventRulesForm> Events);
