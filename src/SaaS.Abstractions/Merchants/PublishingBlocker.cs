namespace SaaS.Merchants;

/// <param name="Code">Stable key: <c>suspended</c>, <c>deposit</c>, <c>agreement</c>, <c>licence:{code}</c>.</param>
public sealed record PublishingBlocker(string Code, string Message);
