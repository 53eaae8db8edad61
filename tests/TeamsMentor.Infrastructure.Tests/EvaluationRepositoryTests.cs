using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Infrastructure.Evaluations;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>
/// Evaluations on a real Azurite: one answer per person (a change replaces it), the pending marker removed by the
/// answer's own transaction, opening once, and a look at the raw rows: nothing in them names a person.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class EvaluationRepositoryTests(AzuriteFixture azurite)
{
    private const string Network = "mentorprogram-nord";
    private const string Mari = "00000000-0000-0000-0000-000000000021";
    private const string Jonas = "00000000-0000-0000-0000-000000000022";
    private static readonly RespondentKeys Keys = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private readonly string _prefix = AzuriteFixture.UniquePrefix();

    private EvaluationRepository Create() => new(new TableProvider(Service, Options.Create(new StorageOptions { TablePrefix = _prefix })));

    private TableServiceClient Service => new(azurite.ConnectionString);

    private static EvaluationAnswer Answer(int motivation, string? text = null) => new()
    {
        Gathering = 3,
        MunicipalityId = "tromso",
        Values = text is null
            ? new Dictionary<string, EvaluationValue> { ["motivasjon"] = EvaluationValue.OfScore(motivation), ["tidsbruk"] = EvaluationValue.OfHours(6.5m) }
            : new Dictionary<string, EvaluationValue> { ["motivasjon"] = EvaluationValue.OfScore(motivation), ["mest-nyttig"] = EvaluationValue.OfText(text) },
    };

    private Task SaveAsync(EvaluationRepository repo, string aad, EvaluationAnswer answer) =>
        repo.SaveAnswerAsync(Network, Keys.AnswerKey(Network, 3, aad), Keys.PendingKey(Network, 3, aad), answer, CancellationToken.None);

    [Fact]
    public async Task SaveAnswer_ThenGet_RoundTripsEveryValue()
    {
        var repo = Create();
        await SaveAsync(repo, Mari, Answer(4) with { Values = new Dictionary<string, EvaluationValue>
        {
            ["motivasjon"] = EvaluationValue.Unknown, ["innhold"] = EvaluationValue.OfScore(5), ["tidsbruk"] = EvaluationValue.OfHours(7.5m),
            ["bor-endres"] = EvaluationValue.OfText("Mer tid i eget team; æøå"),
        } });

        var read = await repo.GetAnswerAsync(Network, 3, Keys.AnswerKey(Network, 3, Mari), CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal("tromso", read.MunicipalityId);
        Assert.True(read.Values["motivasjon"].DontKnow);
        Assert.Equal(5, read.Values["innhold"].Score);
        Assert.Equal(7.5m, read.Values["tidsbruk"].Hours);
        Assert.Equal("Mer tid i eget team; æøå", read.Values["bor-endres"].Text);
    }

    [Fact]
    public async Task SaveAnswer_Twice_ReplacesTheFirst()
    {
        var repo = Create();
        await SaveAsync(repo, Mari, Answer(2, "Første svar"));
        await SaveAsync(repo, Mari, Answer(5));
        await SaveAsync(repo, Jonas, Answer(3));

        var all = await repo.ListAnswersAsync(Network, 3, CancellationToken.None);

        Assert.Equal(2, all.Count); // one answer per person: Mari's change replaced her first answer
        Assert.Contains(all, a => a.Values["motivasjon"].Score == 5 && !a.Values.ContainsKey("mest-nyttig"));
        Assert.DoesNotContain(all, a => a.Values["motivasjon"].Score == 2);
    }

    [Fact]
    public async Task Open_ThenAnswer_RemovesOnlyThatPersonsMarker()
    {
        var repo = Create();
        var opened = await repo.OpenAsync(Network, 3, [Keys.PendingKey(Network, 3, Mari), Keys.PendingKey(Network, 3, Jonas)],
            new Dictionary<string, int> { ["tromso"] = 2 }, CancellationToken.None);

        await SaveAsync(repo, Mari, Answer(4));
        var pending = await repo.PendingAsync(Network, 3, CancellationToken.None);

        Assert.True(opened);
        Assert.Equal([Keys.PendingKey(Network, 3, Jonas)], pending);
        Assert.Equal(2, (await repo.InvitedAsync(Network, CancellationToken.None))[3]["tromso"]);
    }

    [Fact]
    public async Task Open_Again_WritesNothingAndKeepsAnswersMarkersGone()
    {
        var repo = Create();
        var keys = new[] { Keys.PendingKey(Network, 3, Mari), Keys.PendingKey(Network, 3, Jonas) };
        await repo.OpenAsync(Network, 3, keys, new Dictionary<string, int> { ["tromso"] = 2 }, CancellationToken.None);
        await SaveAsync(repo, Mari, Answer(4));

        var again = await repo.OpenAsync(Network, 3, keys, new Dictionary<string, int> { ["tromso"] = 9 }, CancellationToken.None);

        Assert.False(again);
        Assert.Single(await repo.PendingAsync(Network, 3, CancellationToken.None)); // Mari's marker was not written back
        Assert.Equal(2, (await repo.InvitedAsync(Network, CancellationToken.None))[3]["tromso"]);
    }

    [Fact]
    public async Task ListAnswers_ByGatheringOrAll_KeepsGatheringsApart()
    {
        var repo = Create();
        await SaveAsync(repo, Mari, Answer(4));
        await repo.SaveAnswerAsync(Network, Keys.AnswerKey(Network, 12, Mari), Keys.PendingKey(Network, 12, Mari), Answer(1) with { Gathering = 12 }, CancellationToken.None);
        await repo.OpenAsync(Network, 3, [Keys.PendingKey(Network, 3, Jonas)], new Dictionary<string, int>(), CancellationToken.None);

        Assert.Single(await repo.ListAnswersAsync(Network, 3, CancellationToken.None));
        Assert.Single(await repo.ListAnswersAsync(Network, 12, CancellationToken.None));
        Assert.Equal([3, 12], (await repo.ListAnswersAsync(Network, null, CancellationToken.None)).Select(a => a.Gathering).Order());
        Assert.Empty(await repo.ListAnswersAsync("another-network", null, CancellationToken.None));
    }

    [Fact]
    public async Task StoredRows_HoldNoPersonTeamConversationOrAnswerTime()
    {
        var repo = Create();
        await repo.OpenAsync(Network, 3, [Keys.PendingKey(Network, 3, Mari), Keys.PendingKey(Network, 3, Jonas)],
            new Dictionary<string, int> { ["tromso"] = 2 }, CancellationToken.None);
        await SaveAsync(repo, Mari, Answer(4, "Plakatvandringen"));

        var table = Service.GetTableClient(_prefix + EvaluationRepository.TableName);
        var rows = await table.QueryAsync<TableEntity>().ToListAsync();
        var answerRows = rows.Where(r => r.RowKey.StartsWith("a|", StringComparison.Ordinal)).ToList();

        Assert.Single(answerRows);
        var answer = answerRows[0];
        // Exactly these properties: nothing else can name the person, their team, their chat or when they answered.
        Assert.Equal(["Gathering", "Municipality", "PartitionKey", "RowKey", "SchemaVersion", "ValuesJson", "odata.etag"], answer.Keys.Where(k => k != "Timestamp").Order(StringComparer.Ordinal));
        // Storage's own Timestamp and ETag left out: at 19:00–19:59 UTC their time of day reads "19:" like a conversation id.
        var everything = JsonSerializer.Serialize(rows.Select(r => r.Where(p => p.Key is not ("Timestamp" or "odata.etag")).ToDictionary()));
        foreach (var identifying in new[] { Mari, Jonas, "Mari", "tromso-sone-1", "user-id", "19:", "a:" })
        {
            Assert.DoesNotContain(identifying, everything, StringComparison.OrdinalIgnoreCase);
        }

        // The answer's key and the remaining marker's key share nothing a reader could join on.
        var marker = Assert.Single(rows, r => r.RowKey.StartsWith("p|", StringComparison.Ordinal));
        Assert.Equal(["PartitionKey", "RowKey", "odata.etag"], marker.Keys.Where(k => k != "Timestamp").Order(StringComparer.Ordinal));
        Assert.NotEqual(answer.RowKey[5..], marker.RowKey[5..]);
        Assert.NotEqual(Keys.PendingKey(Network, 3, Mari), Keys.AnswerKey(Network, 3, Mari));
    }
}
