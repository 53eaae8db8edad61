namespace TeamsMentor.Bot.Conversation;

/// <summary>Card verb → <see cref="ICardAction"/> type, and each action's time budget.</summary>
public sealed class CardActionRegistry() : HandlerRegistry("card verb")
{
    /// <summary>What a storage-bound action may take (Teams gives up on an invoke after about 15 s).</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(4);

    private readonly Dictionary<Type, TimeSpan> _budgets = [];
    private readonly HashSet<Type> _untraced = [];

    public void Add(Type handler, IEnumerable<string> verbs, TimeSpan budget, bool untraced = false)
    {
        Add(handler, verbs);
        _budgets[handler] = budget;
        if (untraced)
        {
            _untraced.Add(handler);
        }
    }

    /// <summary>Whether the action must leave no span (<see cref="ICardAction.Untraced"/>).</summary>
    public bool IsUntraced(Type handler) => _untraced.Contains(handler);

    public TimeSpan BudgetOf(Type handler) => _budgets.TryGetValue(handler, out var budget) ? budget : DefaultBudget;
}
