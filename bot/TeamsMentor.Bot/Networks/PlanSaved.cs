using TeamsMentor.Bot.Tab;

namespace TeamsMentor.Bot.Networks;

/// <summary>The answer to a saved import or edit: the plan's new version (also the ETag header) and any warnings.</summary>
public sealed record PlanSaved(string NetworkId, string Version, IReadOnlyList<FieldIssue> Warnings);
