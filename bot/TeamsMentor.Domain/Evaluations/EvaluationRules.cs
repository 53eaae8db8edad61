using System.Globalization;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// What a gathering's evaluation asks, when it can be answered, and how typed values become an answer. Pure. Every item
/// is optional (people skip what they cannot judge), but an answer must say something.
/// </summary>
public static class EvaluationRules
{
    public const int MaxTextLength = 1000;
    public const decimal MaxHours = 500;

    /// <summary>The value a Likert item's "vet ikke" (don't know) choice sends.</summary>
    public const string DontKnowValue = "dk";

    /// <summary>The items asked at <paramref name="gathering"/>, in the bank's order (stable ones and that gathering's own).</summary>
    public static IReadOnlyList<EvaluationItem> ItemsAt(NetworkPlan plan, int gathering)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.EvaluationItems.Where(i => i.AskedAt(gathering))];
    }

    /// <summary>Answers are taken from the evaluation's opening until it closes.</summary>
    public static bool IsOpen(LearningNetwork network, Gathering gathering, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gathering);
        return now >= Deadlines.EvaluationOpens(network, gathering) && now < Deadlines.EvaluationCloses(network, gathering);
    }

    /// <summary>
    /// How long after closing the answers are sealed (moved under random keys): longer than any answer can take
    /// between the card's "is it open" check and its write.
    /// </summary>
    public static readonly TimeSpan SealDelay = TimeSpan.FromMinutes(5);

    /// <summary>When a gathering's evaluation is sealed: no answer can be linked to anyone from then on.</summary>
    public static DateTimeOffset SealsAt(LearningNetwork network, Gathering gathering) => Deadlines.EvaluationCloses(network, gathering) + SealDelay;

    /// <summary>The evaluation open now in the network (the latest gathering's, should two overlap), or null.</summary>
    public static Gathering? OpenNow(NetworkPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Gatherings.Where(g => IsOpen(plan.Network, g, now)).OrderByDescending(g => g.Start).FirstOrDefault();
    }

    /// <summary>Where a gathering's evaluation stands: notYet, open or closed (as the tab API names it).</summary>
    public static string State(LearningNetwork network, Gathering gathering, DateTimeOffset now) =>
        now < Deadlines.EvaluationOpens(network, gathering) ? "notYet" : now < Deadlines.EvaluationCloses(network, gathering) ? "open" : "closed";

    /// <summary>The card input's id for an item.</summary>
    public static string InputId(string itemId) => $"eval.{itemId}";

    /// <summary>
    /// The answer the typed values make (inputs by <see cref="InputId"/>; blanks skipped, inputs for items not asked
    /// ignored) and every problem with them. Nothing is stored unless the list of problems is empty.
    /// </summary>
    public static (IReadOnlyDictionary<string, EvaluationValue> Values, IReadOnlyList<EvaluationIssue> Issues) Parse(
        IReadOnlyList<EvaluationItem> items, IReadOnlyDictionary<string, string?> inputs)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(inputs);
        var values = new Dictionary<string, EvaluationValue>(StringComparer.Ordinal);
        var issues = new List<EvaluationIssue>();
        foreach (var item in items)
        {
            if (inputs.GetValueOrDefault(InputId(item.Id))?.Trim() is not { Length: > 0 } typed)
            {
                continue;
            }

            var (value, code) = Read(item.Kind, typed);
            if (code is not null)
            {
                issues.Add(new EvaluationIssue(item.Id, code));
            }
            else
            {
                values[item.Id] = value!;
            }
        }

        if (values.Count == 0 && issues.Count == 0)
        {
            issues.Add(new EvaluationIssue(null, EvaluationIssue.Empty));
        }

        return (values, issues);
    }

    /// <summary>A stored value as the card's input text (to prefill the form).</summary>
    public static string? ToInput(EvaluationValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.DontKnow ? DontKnowValue
            : value.Score?.ToString(CultureInfo.InvariantCulture) ?? value.Hours?.ToString(CultureInfo.InvariantCulture) ?? value.Text;
    }

    private static (EvaluationValue? Value, string? Code) Read(EvaluationItemKind kind, string typed)
    {
        switch (kind)
        {
            case EvaluationItemKind.Likert when typed == DontKnowValue:
                return (EvaluationValue.Unknown, null);
            case EvaluationItemKind.Likert or EvaluationItemKind.Rating:
                return int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5
                    ? (EvaluationValue.OfScore(score), null)
                    : (null, EvaluationIssue.OutOfRange);
            case EvaluationItemKind.Hours:
                if (!decimal.TryParse(typed.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var hours))
                {
                    return (null, EvaluationIssue.NotANumber);
                }

                return hours is < 0 or > MaxHours ? (null, EvaluationIssue.OutOfRange) : (EvaluationValue.OfHours(Math.Round(hours, 1)), null);
            default:
                return typed.Length > MaxTextLength ? (null, EvaluationIssue.TooLong) : (EvaluationValue.OfText(typed), null);
        }
    }
}
