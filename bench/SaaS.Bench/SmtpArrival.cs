namespace SaaS.Bench;

/// <summary>One message the bench's SMTP server accepted, for one recipient.</summary>
/// <param name="UnixMs">When the server accepted it, UTC milliseconds since 1970: the clock the host's commit times are read on.</param>
public sealed record SmtpArrival(string Recipient, double UnixMs);
