namespace SaaS.Events;

public interface IEventHandler<in TEvent>
{
    Task HandleAsync(TEvent businessEvent, CancellationToken cancellationToken);
}
