namespace TeamsMentor.Bot.Conversation;

/// <summary>Card verb → <see cref="ICardAction"/> type, and each action's time budget.</summary>
public sealed class CardActionRegistry() : HandlerRegistry("card verb")
{
    /// <summary>What a storage-bound action may take (Teams gives up on an invoke after about 15 s).</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(4);

    private readonly Dictionary<Type, TimeSpan> _budgets = [];

    public void Add(Type handler, IEnumerable<string> verbs, TimeSpan budget)
    {
        Add(handler, verbs);
        _budgets[handler] = budget;
    }

    public TimeSpan BudgetOf(Type handler) => _budgets.TryGetValue(handler, out var budget) ? budget : DefaultBudget;
}
