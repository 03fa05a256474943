namespace SaaS.Admin;

public sealed record DashboardModel(int Users, int EnabledFeatures, int Features, string Theme, int TemplateOverrides);
