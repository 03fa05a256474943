using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Jobs;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Catalog.Imports;

/// <summary>
/// Product imports: an upload is checked (size, type by content), kept under the tenant's files and queued;
/// in the background its rows become products through <see cref="ProductService.CreateManyAsync"/>, a batch of
/// about <see cref="BatchRows"/> rows per transaction, so a bad row never holds back a good one and progress
/// shows after every batch. Every row that is not saved is reported with its row and column. Another merchant's
/// import is simply not found.
/// </summary>
public sealed class ProductImports(
    CatalogDbContext db,
    CategoryService categories,
    ProductService products,
    IBackgroundWork background,
    ITenant tenant,
    TimeProvider clock,
    ILogger<ProductImports> logger)
{
    public const int BatchRows = 500;

    /// <summary>Errors the status answer carries; the CSV report has them all.</summary>
    public const int ErrorsShown = 1000;

    public async Task<ProductImport> StartAsync(MerchantActor actor, IFormFile? file, bool publish, CancellationToken cancellationToken)
    {
        if (file is null) throw new ValidationFailedException("file", "Choose a CSV or XLSX file to import.");
        if (file.Length == 0) throw new ValidationFailedException("file", "The file is empty.");
        if (file.Length > SheetFiles.MaxBytes) throw new ValidationFailedException("file", $"The file is {file.Length / 1024 / 1024.0:0.#} MB; import at most {SheetFiles.MaxBytes / 1024 / 1024} MB at a time.");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var format = SheetFiles.Detect(content);
        if (publish) await products.RequireGoodStandingAsync(actor.MerchantId, cancellationToken);

        var import = new ProductImport
        {
            MerchantId = actor.MerchantId, UserId = actor.UserId, FileName = FileNameOf(file.FileName, format), Format = format, Publish = publish,
            Status = ImportStatus.Queued, CreatedUtc = clock.GetUtcNow(),
        };
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(StoredFile(import), content, cancellationToken);
        db.Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        Enqueue(import.Id);
        logger.LogInformation("Product import {ImportId} of {Bytes} bytes queued for merchant {MerchantId}", import.Id, content.Length, actor.MerchantId);
        return import;
    }

    /// <summary>
    /// After a restart: imports still queued run now (a second run of one already started does nothing); imports
    /// running without progress for <see cref="StaleAfter"/> died with their process and are marked failed with
    /// what they saved, since rerunning the file would add its saved products twice.
    /// </summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var unfinished = await db.Imports.AsNoTracking().Where(i => i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running).ToListAsync(cancellationToken);
        var stale = clock.GetUtcNow() - StaleAfter;
        foreach (var import in unfinished)
        {
            if (import.Status == ImportStatus.Queued && File.Exists(StoredFile(import)))
            {
                Enqueue(import.Id);
                continue;
            }
            if (import.Status == ImportStatus.Running && (import.HeartbeatUtc ?? import.CreatedUtc) > stale) continue;
            var failure = import.Status == ImportStatus.Queued
                ? "The uploaded file was lost before the import started; upload it again."
                : $"The marketplace stopped during the import. {import.Imported} rows were saved before it stopped; import the rest again.";
            await FinishAsync(import.Id, ImportStatus.Failed, failure, import.Processed, import.Imported, import.ErrorCount, null, cancellationToken);
            File.Delete(StoredFile(import));
            logger.LogWarning("Product import {ImportId} was left {Status} by a stopped process and is marked failed", import.Id, import.Status);
        }
    }

    /// <summary>How long a running import may go without progress (a batch takes about a second) before it is taken as dead.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);

    private void Enqueue(Guid id) =>
        background.Enqueue($"product-import {id}", (services, token) => services.GetRequiredService<ProductImports>().RunAsync(id, token));

    public async Task<ProductImportView> GetAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken)
    {
        var import = await FindAsync(actor, id, cancellationToken);
        var errors = await db.ImportErrors.AsNoTracking().Where(e => e.ImportId == id).OrderBy(e => e.Row).ThenBy(e => e.Id).Take(ErrorsShown)
            .Select(e => new SheetError(e.Row, e.Column, e.Message)).ToListAsync(cancellationToken);
        return ProductImportView.From(import, errors);
    }

    /// <summary>The merchant's latest imports, newest first.</summary>
    public async Task<IReadOnlyList<ProductImportView>> RecentAsync(MerchantActor actor, int count, CancellationToken cancellationToken) =>
        (await db.Imports.AsNoTracking().Where(i => i.MerchantId == actor.MerchantId).OrderByDescending(i => i.Id).Take(count).ToListAsync(cancellationToken))
        .Select(i => ProductImportView.From(i, [])).ToList();

    /// <summary>Every problem of the import as CSV (row, column, message), to fix the file beside it.</summary>
    public async Task<byte[]> ErrorReportAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken)
    {
        await FindAsync(actor, id, cancellationToken);
        var errors = await db.ImportErrors.AsNoTracking().Where(e => e.ImportId == id).OrderBy(e => e.Row).ThenBy(e => e.Id)
            .Select(e => new object?[] { e.Row, e.Column, e.Message }).ToListAsync(cancellationToken);
        return SheetFiles.Write(SheetFormat.Csv, ["row", "column", "message"], errors);
    }

    /// <summary>Runs a queued import in the tenant's background scope; a repeated call for one already started does nothing.</summary>
    public async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var started = await db.Imports.Where(i => i.Id == id && i.Status == ImportStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, ImportStatus.Running).SetProperty(i => i.HeartbeatUtc, clock.GetUtcNow()), cancellationToken);
        if (started == 0) return;
        var import = await db.Imports.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
        var (processed, imported, errorCount) = (0, 0, 0);
        try
        {
            var sheet = SheetFiles.Read(await File.ReadAllBytesAsync(StoredFile(import), cancellationToken), import.Format);
            var plan = ImportPlan.Build(sheet, await categories.SnapshotAsync(cancellationToken));
            errorCount += await SaveErrorsAsync(id, plan.HeaderErrors, cancellationToken);
            if (!plan.CanRun)
            {
                await FinishAsync(id, ImportStatus.Failed, "Required columns are missing; nothing was imported.", 0, 0, errorCount, plan.Total, cancellationToken);
                return;
            }
            await db.Imports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Total, plan.Total).SetProperty(i => i.ErrorCount, errorCount), cancellationToken);

            var actor = new MerchantActor(import.MerchantId, import.UserId, false, new HashSet<string>());
            var batch = new List<PlannedProduct>();
            var rows = 0;
            foreach (var product in plan.Products)
            {
                batch.Add(product);
                rows += product.Rows.Count;
                if (rows < BatchRows) continue;
                (imported, errorCount) = Add((imported, errorCount), await SaveBatchAsync(id, plan, actor, import.Publish, batch, cancellationToken));
                processed += rows;
                await ProgressAsync(id, processed, imported, errorCount, cancellationToken);
                (batch, rows) = ([], 0);
            }
            if (batch.Count > 0)
            {
                (imported, errorCount) = Add((imported, errorCount), await SaveBatchAsync(id, plan, actor, import.Publish, batch, cancellationToken));
                processed += rows;
            }
            await FinishAsync(id, ImportStatus.Completed, null, processed, imported, errorCount, plan.Total, cancellationToken);
            logger.LogInformation("Product import {ImportId} completed: {Imported} of {Total} rows imported, {Errors} errors", id, imported, plan.Total, errorCount);
        }
        catch (Exception e)
        {
            var message = e switch
            {
                OperationCanceledException when cancellationToken.IsCancellationRequested => "The marketplace restarted during the import.",
                ProblemException problem => string.Join(" ", problem.Errors.SelectMany(p => p.Value)),
                _ => "The import stopped on an unexpected error.",
            };
            if (e is not (OperationCanceledException or ProblemException)) logger.LogError(e, "Product import {ImportId} failed", id);
            db.ChangeTracker.Clear();
            // The failure is recorded even while the host stops, so nobody waits on an import that will not finish.
            await FinishAsync(id, ImportStatus.Failed, $"{message} {imported} rows were saved before it stopped; import the rest again.", processed, imported, errorCount, null, CancellationToken.None);
        }
        finally
        {
            File.Delete(StoredFile(import));
        }
    }

    private static (int, int) Add((int Imported, int Errors) total, (int Imported, int Errors) batch) => (total.Imported + batch.Imported, total.Errors + batch.Errors);

    /// <summary>One transaction of products; those that fail validation, and those whose rows could not be read, are reported.</summary>
    private async Task<(int Imported, int Errors)> SaveBatchAsync(Guid id, ImportPlan plan, MerchantActor actor, bool publish, List<PlannedProduct> batch, CancellationToken cancellationToken)
    {
        var ready = batch.Where(p => p.Request is not null).ToList();
        var imported = 0;
        if (ready.Count > 0)
        {
            try
            {
                var created = await products.CreateManyAsync(actor, ready.Select(p => p.Request!).ToList(), publish, cancellationToken);
                for (var i = 0; i < ready.Count; i++)
                {
                    if (created[i].Problem is { } problem) plan.Refuse(ready[i], problem);
                    else imported += ready[i].Rows.Count;
                }
            }
            catch (ProblemException problem)
            {
                // The whole batch was refused (the merchant lost the right to publish meanwhile): say so on each row.
                foreach (var product in ready) plan.Refuse(product, problem);
            }
            finally
            {
                // The saved products need not stay tracked: 100,000 rows would slow every later SaveChanges.
                db.ChangeTracker.Clear();
            }
        }
        return (imported, await SaveErrorsAsync(id, batch.SelectMany(p => p.Errors).ToList(), cancellationToken));
    }

    private async Task<int> SaveErrorsAsync(Guid id, IReadOnlyList<SheetError> errors, CancellationToken cancellationToken)
    {
        if (errors.Count == 0) return 0;
        db.ImportErrors.AddRange(errors.Select(e => new ProductImportError
        {
            ImportId = id, Row = e.Row, Column = Truncate(e.Column, 100), Message = Truncate(e.Message, 1000),
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return errors.Count;
    }

    private Task ProgressAsync(Guid id, int processed, int imported, int errors, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Imports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.HeartbeatUtc, now)
            .SetProperty(i => i.Processed, processed).SetProperty(i => i.Imported, imported).SetProperty(i => i.ErrorCount, errors), cancellationToken);
    }

    private Task FinishAsync(Guid id, ImportStatus status, string? failure, int processed, int imported, int errors, int? total, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Imports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, status).SetProperty(i => i.Failure, failure).SetProperty(i => i.FinishedUtc, now)
            .SetProperty(i => i.Processed, processed).SetProperty(i => i.Imported, imported).SetProperty(i => i.ErrorCount, errors)
            .SetProperty(i => i.Total, i => total ?? i.Total), cancellationToken);
    }

    private async Task<ProductImport> FindAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken) =>
        await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.MerchantId == actor.MerchantId, cancellationToken)
        ?? throw new NotFoundException("id", "There is no such import among your merchant's.");

    private string Folder => Path.Combine(tenant.FilesPath, "Imports");

    private string StoredFile(ProductImport import) => Path.Combine(Folder, $"{import.Id:N}.{SheetFiles.Extension(import.Format)}");

    private static string FileNameOf(string? uploaded, SheetFormat format)
    {
        var name = Path.GetFileName(uploaded ?? "").Trim();
        return name.Length == 0 ? $"products.{SheetFiles.Extension(format)}" : Truncate(name, 260);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
