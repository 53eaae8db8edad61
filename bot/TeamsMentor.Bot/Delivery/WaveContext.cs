using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.Delivery;

/// <summary>One due prompt in one scheduler pass: the network's plan, the network's status reports as the pass read them, and the time.</summary>
public sealed record WaveContext(NetworkPlan Plan, DuePrompt Prompt, IReadOnlyList<StatusReport> Reports, DateTimeOffset Now)
{
    /// <summary>The prompt's gathering, when it has one that is still in the plan.</summary>
    public Gathering? Gathering => Prompt.Gathering is { } number ? Plan.GatheringNumber(number) : null;
}
