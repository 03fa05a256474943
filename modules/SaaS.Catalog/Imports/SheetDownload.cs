namespace SaaS.Catalog.Imports;

/// <summary>A spreadsheet to download.</summary>
public sealed record SheetDownload(byte[] Content, string ContentType, string FileName);
