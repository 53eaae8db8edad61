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

    [Fact]
    public async Task Seal_MovesEveryAnswerUnderARandomKey_NoKeyCanBeRecomputedAndNothingElseChanges()
    {
        var repo = Create();
        var people = new[] { Mari, Jonas, "00000000-0000-0000-0000-000000000023" };
        await repo.OpenAsync(Network, 3, [.. people.Select(p => Keys.PendingKey(Network, 3, p))], new Dictionary<string, int> { ["tromso"] = 3 }, CancellationToken.None);
        await SaveAsync(repo, Mari, Answer(4, "Plakatvandringen"));
        await SaveAsync(repo, Jonas, Answer(2));
        await repo.SaveAnswerAsync(Network, Keys.AnswerKey(Network, 4, Mari), Keys.PendingKey(Network, 4, Mari), Answer(5) with { Gathering = 4 }, CancellationToken.None);
        var before = await repo.ListAnswersAsync(Network, null, CancellationToken.None);

        var moved = await repo.SealAsync(Network, 3, DateTimeOffset.Parse("2023-05-05T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.Equal(2, moved);
        var after = await repo.ListAnswersAsync(Network, null, CancellationToken.None);
        Assert.Equal(Describe(before), Describe(after)); // the same answers, values and municipalities
        Assert.Null(await repo.GetAnswerAsync(Network, 3, Keys.AnswerKey(Network, 3, Mari), CancellationToken.None));
        Assert.Empty(await repo.PendingAsync(Network, 3, CancellationToken.None));
        Assert.Equal(new Dictionary<int, bool> { [3] = true }, await repo.OpenedAsync(Network, CancellationToken.None));
        Assert.Equal(3, (await repo.InvitedAsync(Network, CancellationToken.None))[3]["tromso"]);

        var rows = await Service.GetTableClient(_prefix + EvaluationRepository.TableName).QueryAsync<TableEntity>().ToListAsync();
        var keys = rows.Select(r => r.RowKey).ToList();
        foreach (var person in people)
        {
            // Gathering 3's keys cannot be recomputed from the person and the secret; gathering 4 is not closed, so Mari's key there stands.
            Assert.DoesNotContain(keys, k => k.Contains(Keys.AnswerKey(Network, 3, person), StringComparison.Ordinal) || k.Contains(Keys.PendingKey(Network, 3, person), StringComparison.Ordinal));
        }

        Assert.Contains(keys, k => k == "a|004|" + Keys.AnswerKey(Network, 4, Mari));
        var sealedKeys = keys.Where(k => k.StartsWith("a|003|", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sealedKeys.Count);
        Assert.All(sealedKeys, k => Assert.Matches("^a\\|003\\|~[0-9a-f]{32}$", k));
    }

    [Fact]
    public async Task Seal_Again_MovesNothingAndKeepsTheRandomKeys()
    {
        var repo = Create();
        await repo.OpenAsync(Network, 3, [Keys.PendingKey(Network, 3, Mari)], new Dictionary<string, int> { ["tromso"] = 1 }, CancellationToken.None);
        await SaveAsync(repo, Mari, Answer(4));
        await repo.SealAsync(Network, 3, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var table = Service.GetTableClient(_prefix + EvaluationRepository.TableName);
        var first = await table.QueryAsync<TableEntity>(r => r.RowKey.CompareTo("a|") >= 0 && r.RowKey.CompareTo("a}") < 0).Select(r => r.RowKey).ToListAsync();

        var moved = await repo.SealAsync(Network, 3, DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Equal(0, moved);
        Assert.Equal(first, await table.QueryAsync<TableEntity>(r => r.RowKey.CompareTo("a|") >= 0 && r.RowKey.CompareTo("a}") < 0).Select(r => r.RowKey).ToListAsync());
    }

    private static List<string> Describe(IEnumerable<EvaluationAnswer> answers) =>
        [.. answers.Select(a => $"{a.Gathering}|{a.MunicipalityId}|{JsonSerializer.Serialize(a.Values.OrderBy(v => v.Key, StringComparer.Ordinal))}").Order(StringComparer.Ordinal)];
}
