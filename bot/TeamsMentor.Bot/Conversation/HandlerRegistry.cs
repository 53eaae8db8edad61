namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// Which handler type answers which name (a card verb, a command word). Filled while services are registered, so a name
/// claimed twice fails at start-up, not on the first click.
/// </summary>
public abstract class HandlerRegistry(string what)
{
    private readonly Dictionary<string, Type> _handlers = new(StringComparer.Ordinal);

    /// <summary>Every registered name.</summary>
    public IReadOnlyCollection<string> Names => _handlers.Keys;

    public Type? Find(string? name) => name is not null && _handlers.TryGetValue(name, out var type) ? type : null;

    public void Add(Type handler, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(names);
        var list = names.ToList();
        if (list.Count == 0)
        {
            throw new InvalidOperationException($"{handler.Name} names no {what}.");
        }

        foreach (var name in list)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InvalidOperationException($"{handler.Name} names an empty {what}.");
            }

            if (_handlers.TryGetValue(name, out var other) && other != handler)
            {
                throw new InvalidOperationException($"The {what} '{name}' is claimed by both {other.Name} and {handler.Name}.");
            }

            _handlers[name] = handler;
        }
    }
}
