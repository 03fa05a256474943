namespace SaaS.Messaging.Admin;

/// <summary>
/// One event's rules as a form: a row per audience the event can reach, told on the channels ticked (none ticked,
/// not told). <see cref="Errors"/> are the reasons a save of this form was refused.
/// </summary>
public sealed record EventRulesForm(string Event, string Description, bool Essential, IReadOnlyList<AudienceRule> Audiences, IReadOnlyList<string> Errors);
