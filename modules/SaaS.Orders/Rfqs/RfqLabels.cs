namespace SaaS.Orders.Rfqs;

/// <summary>
/// The words people read for an RFQ's states and thread entries: English texts the views translate with
/// <c>| t</c>, so each needs its entry in the themes' zh-CN.json.
/// </summary>
public static class RfqLabels
{
    public static string State(string state) => state switch
    {
        nameof(RfqState.Requested) => "Awaiting the quote",
        nameof(RfqState.Quoted) => "Quoted",
        nameof(RfqState.Accepted) => "Accepted",
        nameof(RfqState.Declined) => "Declined",
        nameof(RfqState.Expired) => "Expired",
        _ => state,
    };

    /// <summary>A thread entry's kind; a plain message has no label, its words say it all.</summary>
    public static string Kind(string kind) => kind switch
    {
        "requested" => "Quote requested",
        "quoted" => "Quote sent",
        "declined" => "Declined",
        "accepted" => "Quote accepted; the order is placed",
        "expired" => "Expired",
        _ => "",
    };
}
