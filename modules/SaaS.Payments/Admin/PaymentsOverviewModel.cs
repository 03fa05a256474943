using SaaS.Orders.Overview;
using SaaS.Payments.Ledger;

namespace SaaS.Payments.Admin;

/// <summary>The operator's books at a glance: the trial balance, account by account, and the last days drawn as charts.</summary>
public sealed record PaymentsOverviewModel(TrialBalance Balance, IReadOnlyList<AccountRow> Accounts, IReadOnlyList<BarChart> Charts);
