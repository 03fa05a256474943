using Microsoft.EntityFrameworkCore;
using SaaS.Decoration.Data;
using SaaS.Problems;

namespace SaaS.Decoration.Pages;

public sealed record InquiryRequest(string? Name, string? Company, string? Contact, string? Message);

/// <summary>Messages from contact blocks: checked, kept for the shop (or the operator), listed newest first.</summary>
public sealed class Inquiries(DecorationDbContext db, TimeProvider clock)
{
    public async Task<ShopInquiry> SendAsync(Guid owner, InquiryRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        string Required(string field, string? value, int max, string label)
        {
            var text = value?.Trim() ?? "";
            if (text.Length == 0) errors[field] = [$"{label} is required."];
            else if (text.Length > max) errors[field] = [$"{label} may be at most {max} characters."];
            return text;
        }
        var inquiry = new ShopInquiry
        {
            MerchantId = owner,
            Name = Required("name", request.Name, 100, "Your name"),
            Company = Required("company", request.Company, 200, "Company"),
            Contact = Required("contact", request.Contact, 200, "Phone or e-mail"),
            Message = Required("message", request.Message, 2000, "Message"),
            CreatedUtc = clock.GetUtcNow(),
        };
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        db.Inquiries.Add(inquiry);
        await db.SaveChangesAsync(cancellationToken);
        return inquiry;
    }

    public async Task<IReadOnlyList<ShopInquiry>> RecentAsync(Guid owner, CancellationToken cancellationToken) =>
        await db.Inquiries.AsNoTracking().Where(i => i.MerchantId == owner).OrderByDescending(i => i.Id).Take(100).ToListAsync(cancellationToken);
}
