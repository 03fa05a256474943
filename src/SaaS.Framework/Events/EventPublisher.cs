using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SaaS.Events;

/// <summary>In-process: handlers run one after another in the publisher's scope, so they share its transaction.</summary>
public sealed partial class EventPublisher(IServiceProvider services, ILogger<EventPublisher> logger) : IEventPublisher
{
    public async Task PublishAsync<TEvent>(TEvent businessEvent, CancellationToken cancellationToken) where TEvent : notnull
    {
        var handlers = services.GetServices<IEventHandler<TEvent>>().ToList();
        Published(logger, typeof(TEvent).Name, handlers.Count);
        foreach (var handler in handlers) await handler.HandleAsync(businessEvent, cancellationToken);
    }

    [LoggerMessage(LogLevel.Debug, "Event {EventType} published to {HandlerCount} handlers")]
    private static partial void Published(ILogger logger, string eventType, int handlerCount);
}
