namespace SaaS.Bench;

/// <summary>Which phases to run, how much each does, and which host build to measure.</summary>
public sealed record BenchOptions
{
    public static readonly IReadOnlyList<string> AllPhases = ["launch", "density", "cold", "render", "import", "search", "checkout", "ledger", "messaging"];

    public const string Usage = """
        Usage: SaaS.Bench [launch] [density] [cold] [render] [import] [search] [checkout] [ledger] [messaging] [options]
          launch, density, cold, render, import, search, checkout, ledger, messaging   the phases to run (default: all, in that order)
          --host PATH             SaaS.Web.dll to measure (default: this repository's src/SaaS.Web/bin/Release/net10.0/SaaS.Web.dll)
          --postgres CONNECTION   a PostgreSQL server the checkout and ledger phases also measure, e.g. Host=127.0.0.1;Port=5432;Username=postgres
                                  (bench/run.sh starts a throwaway one when PostgreSQL is installed; without it, SQLite only)
          --launches N            industrial-mro launches timed by the launch phase (default 20)
          --tenants N             blank tenants held by one host in the density phase (default 1000)
          --cold-tenants N        tenants released and re-activated in the cold phase (default 200)
          --parallelism N         concurrent launches and first visits in density and cold (default 2)
          --settle-seconds N      pause before reading the density host's memory (default 5)
          --render-seconds N      length of each timed throughput run in the render phase (default 10)
          --render-connections N  concurrent keep-alive connections of the render phase's load (default 16)
          --render-requests N     sequential requests per allocation reading in the render phase (default 2000)
          --import-rows N         rows of the CSV the import phase uploads (default 100000)
          --search-products N     published products in the search phase's tenant (default 100000)
          --search-rounds N       rounds of the query mix timed in-process and over HTTP (default 100)
          --checkout-seconds N    length of each timed checkout run, one per concurrency level (default 10)
          --checkout-buyers N     buyer companies of the checkout phase: the top concurrency level and the oversell race (default 100, at least 20)
          --ledger-seconds N      length of each timed posting run of the ledger phase, at 1 and at 8 writers (default 10)
          --ledger-entries N      journal entries loaded into the PostgreSQL tenant whose trial balance the ledger phase times (default 1000000)
          --messaging-emails N    e-mails the messaging phase queues for its throughput runs, committed one by one and then all at once (default 3000)
          --messaging-rate N      e-mails a second of the messaging phase's steady stream, whose commit-to-hand-off latency is measured (default 50)
          --messaging-seconds N   length of that steady stream (default 10)
        """;

    public required string HostDll { get; init; }
    public IReadOnlyList<string> Phases { get; init; } = AllPhases;
    public int Launches { get; init; } = 20;
    public int DensityTenants { get; init; } = 1000;
    public int ColdTenants { get; init; } = 200;
    public int Parallelism { get; init; } = 2;
    public int SettleSeconds { get; init; } = 5;
    public int RenderSeconds { get; init; } = 10;
    public int RenderConnections { get; init; } = 16;
    public int RenderRequests { get; init; } = 2000;
    public int ImportRows { get; init; } = 100_000;
    public int SearchProducts { get; init; } = 100_000;
    public int SearchRounds { get; init; } = 100;
    public string? PostgresConnectionString { get; init; }
    public int CheckoutSeconds { get; init; } = 10;
    public int CheckoutBuyers { get; init; } = 100;
    public int LedgerSeconds { get; init; } = 10;
    public int LedgerEntries { get; init; } = 1_000_000;
    public int MessagingEmails { get; init; } = 3000;
    public int MessagingRate { get; init; } = 50;
    public int MessagingSeconds { get; init; } = 10;

    /// <summary>Parses the command line; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var phases = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        string? host = null;
        string? postgres = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (AllPhases.Contains(arg))
            {
                if (!phases.Contains(arg)) phases.Add(arg);
                continue;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unknown phase '{arg}'.");
            if (i + 1 >= args.Count) throw new ArgumentException($"{arg} needs a value.");
            var value = args[++i];
            if (arg == "--host")
            {
                host = value;
            }
            else if (arg == "--postgres")
            {
                postgres = value;
            }
            else if (int.TryParse(value, out var number) && number > 0)
            {
                numbers[arg] = number;
            }
            else
            {
                throw new ArgumentException($"{arg} needs a positive whole number, not '{value}'.");
            }
        }
        var unknown = numbers.Keys.Except([
            "--launches", "--tenants", "--cold-tenants", "--parallelism", "--settle-seconds",
            "--render-seconds", "--render-connections", "--render-requests", "--import-rows", "--search-products", "--search-rounds",
            "--checkout-seconds", "--checkout-buyers", "--ledger-seconds", "--ledger-entries",
            "--messaging-emails", "--messaging-rate", "--messaging-seconds",
        ]).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown option {unknown[0]}.");

        return new BenchOptions
        {
            HostDll = ResolveHostDll(host),
            // Run in the documented order whatever order they were named in.
            Phases = phases.Count == 0 ? AllPhases : AllPhases.Where(phases.Contains).ToList(),
            Launches = numbers.GetValueOrDefault("--launches", 20),
            DensityTenants = numbers.GetValueOrDefault("--tenants", 1000),
            ColdTenants = numbers.GetValueOrDefault("--cold-tenants", 200),
            Parallelism = numbers.GetValueOrDefault("--parallelism", 2),
            SettleSeconds = numbers.GetValueOrDefault("--settle-seconds", 5),
            RenderSeconds = numbers.GetValueOrDefault("--render-seconds", 10),
            RenderConnections = numbers.GetValueOrDefault("--render-connections", 16),
            RenderRequests = numbers.GetValueOrDefault("--render-requests", 2000),
            ImportRows = numbers.GetValueOrDefault("--import-rows", 100_000),
            SearchProducts = Math.Max(1000, numbers.GetValueOrDefault("--search-products", 100_000)),
            SearchRounds = numbers.GetValueOrDefault("--search-rounds", 100),
            PostgresConnectionString = string.IsNullOrWhiteSpace(postgres) ? null : postgres,
            CheckoutSeconds = numbers.GetValueOrDefault("--checkout-seconds", 10),
            // The 20-buyer level carries the latency target, and the oversell race needs more buyers than units.
            CheckoutBuyers = Math.Max(20, numbers.GetValueOrDefault("--checkout-buyers", 100)),
            LedgerSeconds = numbers.GetValueOrDefault("--ledger-seconds", 10),
            LedgerEntries = numbers.GetValueOrDefault("--ledger-entries", 1_000_000),
            // The 10th to 90th percentile arrivals need enough e-mails between them to be a rate.
            MessagingEmails = Math.Max(100, numbers.GetValueOrDefault("--messaging-emails", 3000)),
            MessagingRate = numbers.GetValueOrDefault("--messaging-rate", 50),
            MessagingSeconds = numbers.GetValueOrDefault("--messaging-seconds", 10),
        };
    }

    private static string ResolveHostDll(string? given)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given);
            return File.Exists(full) ? full : throw new ArgumentException($"No host at {full}.");
        }
        // The bench normally runs from its own bin folder inside the repository; walk up to the solution.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (!File.Exists(Path.Combine(folder.FullName, "SaaS.sln"))) continue;
                var dll = Path.Combine(folder.FullName, "src", "SaaS.Web", "bin", "Release", "net10.0", "SaaS.Web.dll");
                if (File.Exists(dll)) return dll;
                throw new ArgumentException($"No Release build at {dll}: run bench/run.sh, or dotnet build -c Release first, or pass --host.");
            }
        }
        throw new ArgumentException("Cannot find the repository (SaaS.sln) from here; pass --host PATH/SaaS.Web.dll.");
    }
}
