namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// One person's evaluation of one gathering, as stored: the answers by item id and the municipality of their team (for
/// results per municipality). Deliberately nothing else: no person, no team, no conversation, no time.
/// </summary>
public sealed record EvaluationAnswer
{
    public required int Gathering { get; init; }
    public required string MunicipalityId { get; init; }
    public IReadOnlyDictionary<string, EvaluationValue> Values { get; init; } = new Dictionary<string, EvaluationValue>();
}
