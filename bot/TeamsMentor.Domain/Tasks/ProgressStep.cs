namespace TeamsMentor.Domain.Tasks;

/// <summary>A step of a team's fremdriftsplan toward the next gathering: what, who, by when.</summary>
public sealed record ProgressStep(string Id, string Text, string? OwnerMemberId, DateOnly? DueDate, bool Done);
