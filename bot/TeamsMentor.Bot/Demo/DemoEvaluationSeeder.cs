using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Demo;

/// <summary>
/// Gives the demo networks evaluation history (Development only, after the plans are imported): for every gathering
/// whose evaluation has opened by the demo clock and was never opened before, it opens it and stores invented answers
/// of about three in four participants (half, while it is still open), through the same keys and transactions as real
/// answers. Motivation stays high through the two years with small ups and downs (as the Nord final report says: «høy
/// gjennom hele to-års-perioden»), and no free text repeats within a gathering. Seeded: the same on every run.
/// </summary>
internal sealed class DemoEvaluationSeeder(
    IOptions<DemoOptions> options,
    INetworkRepository networks,
    IEvaluationRepository evaluations,
    EvaluationWaves waves,
    RespondentKeys keys,
    TimeProvider time,
    ILogger<DemoEvaluationSeeder> logger) : IHostedService
{
    private static readonly string[] Useful =
    [
        "Erfaringsutvekslingen med de andre kommunene", "Tid til å jobbe i eget team med planen", "Å høre hvordan piloten i Trondheim gjorde det",
        "Konkrete eksempler på mentorsamtaler", "Gruppearbeidet på tvers av kommunene", "Innlegget om omsorg for mentorer",
        "Å se målingene fra de andre teamene", "Tips om hvordan vi får lederne med", "Samtalene i pausene",
        "At vi fikk jobbe konkret med vår egen plan", "Historiene fra mentorer som har holdt på en stund", "Gjennomgangen av samtaleguiden",
        "Å møte HR-folk fra andre kommuner", "Eksemplene fra små kommuner som ligner på vår", "Plakatvandringen – morsomt å se de andre kommunene",
        "Innspillene fra prosjektgruppa på statusrapporten vår", "Å få tid til å snakke med tillitsvalgte om ordningen",
        "Juss og etikk i mentorrollen var nytt for meg", "Praktiske tips om hvordan vi får mentortid inn i turnus",
    ];

    private static readonly string[] Change =
    [
        "Mer tid i eget team", "Færre innlegg, mer diskusjon", "Send ut programmet tidligere", "Lengre pauser", "Mer om hvordan vi måler",
        "Kortere dager når samlingen er digital", "Flere eksempler fra små kommuner", "Mindre stillesitting på ettermiddagen",
        "Bedre lyd for oss som deltok digitalt", "Oppgavene kunne vært tydeligere formulert", "Litt mer tid til spørsmål etter innleggene",
        "Gjerne en egen økt for mentorene", "Presentasjonene tilgjengelig på forhånd", "Start litt senere for oss som reiser langt",
        "Flere gruppeoppgaver på tvers av kommunene",
    ];

    /// <summary>The mean of the 1-5 answers at each gathering: high throughout, with small ups and downs.</summary>
    private static readonly double[] Means = [4.3, 4.5, 4.4, 4.6, 4.4, 4.6, 4.5];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.PlanFiles.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var plan in await networks.GetAllPlansAsync(cancellationToken))
        {
            var opened = await evaluations.InvitedAsync(plan.Network.Id, cancellationToken);
            foreach (var gathering in plan.Gatherings.Where(g => now >= Deadlines.EvaluationOpens(plan.Network, g) && !opened.ContainsKey(g.Number)))
            {
                var share = EvaluationRules.IsOpen(plan.Network, gathering, now) ? 0.5 : 0.75;
                var count = await SeedAsync(plan, gathering, share, cancellationToken);
                DemoLog.EvaluationsSeeded(logger, plan.Network.Id, gathering.Number, count);
                if (now >= EvaluationRules.SealsAt(plan.Network, gathering))
                {
                    // Closed by the demo clock: sealed at once, as the scheduler would have done (no key leads to a person).
                    await evaluations.SealAsync(plan.Network.Id, gathering.Number, now, cancellationToken);
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<int> SeedAsync(NetworkPlan plan, Gathering gathering, double share, CancellationToken cancellationToken)
    {
        if (!await waves.OpenAsync(plan, gathering, cancellationToken))
        {
            return 0;
        }

        var random = new Random(gathering.Number * 7919 + plan.Network.Id.Length);
        var items = EvaluationRules.ItemsAt(plan, gathering.Number);
        var count = 0;
        var mean = Means[Math.Clamp(gathering.Number - 1, 0, Means.Length - 1)];
        // Each free text at most once per gathering: the pools in a seeded order, taken in turn.
        var texts = new Dictionary<bool, Queue<string>>
        {
            [true] = new(Change.OrderBy(_ => random.Next())),
            [false] = new(Useful.OrderBy(_ => random.Next())),
        };
        foreach (var member in plan.Members.Where(m => m.AadObjectId is not null))
        {
            if (random.NextDouble() >= share || plan.Teams.FirstOrDefault(t => t.Id == member.TeamId) is not { } team)
            {
                continue;
            }

            var values = new Dictionary<string, EvaluationValue>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (Value(item, random, mean, texts) is { } value)
                {
                    values[item.Id] = value;
                }
            }

            var answer = new EvaluationAnswer { Gathering = gathering.Number, MunicipalityId = team.MunicipalityId, Values = values };
            await evaluations.SaveAnswerAsync(plan.Network.Id, keys.AnswerKey(plan.Network.Id, gathering.Number, member.AadObjectId!),
                keys.PendingKey(plan.Network.Id, gathering.Number, member.AadObjectId!), answer, cancellationToken);
            count++;
        }

        return count;
    }

    /// <summary>An invented value: scores close to the gathering's mean; some skip or do not know; a free text from its pool, never twice.</summary>
    private static EvaluationValue? Value(EvaluationItem item, Random random, double mean, Dictionary<bool, Queue<string>> texts)
    {
        var score = () => Math.Clamp((int)Math.Round(mean + ((random.NextDouble() - 0.5) * 1.8)), 1, 5);
        return item.Kind switch
        {
            EvaluationItemKind.Likert => random.NextDouble() < 0.04 ? EvaluationValue.Unknown : EvaluationValue.OfScore(score()),
            EvaluationItemKind.Rating => EvaluationValue.OfScore(Math.Clamp(score() - (random.NextDouble() < 0.3 ? 1 : 0), 1, 5)),
            EvaluationItemKind.Hours => EvaluationValue.OfHours(Math.Round((decimal)(2 + (random.NextDouble() * 12)) * 2) / 2),
            EvaluationItemKind.Text when random.NextDouble() < 0.3 && texts[item.Id.Contains("endr", StringComparison.Ordinal)].TryDequeue(out var text) => EvaluationValue.OfText(text),
            _ => null,
        };
    }
}
