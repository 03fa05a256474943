namespace SaaS.Events;

/// <summary>
/// Publishes a business event to the handlers other modules registered, in the caller's scope and tenant
/// transaction: a handler that writes (an outbox row, a notification) commits or rolls back with the change.
/// </summary>
public interface IEventPublisher
{
    Task PublishAsync<TEvent>(TEvent businessEvent, CancellationToken cancellationToken) where TEvent : notnull;
}
