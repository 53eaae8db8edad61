using TeamsMentor.Domain.Delivery;
using TeamsMentor.Infrastructure.Delivery;

namespace TeamsMentor.Infrastructure.Tests;

public sealed class AnswerJournalTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("teamsmentor-journal-test-");

    public void Dispose() => _root.Delete(recursive: true);

    private static JournaledAnswer Answer(int i, string owner) => new("status:nord:3:bodo", $"user|{i}", owner, 1, AttemptResult.Sent($"1:{i}"));

    [Fact]
    public void ReadEarlierRuns_AnotherRunOfTheSameInstance_SeesItsAnswersNotItsOwnNorOtherInstances()
    {
        using (var killed = new AnswerJournal(_root.FullName, "host-a", "run1"))
        {
            killed.Append(Answer(1, "host-a|run1"));
            killed.Append(Answer(2, "host-a|run1"));
        }

        using (var other = new AnswerJournal(_root.FullName, "host-b", "run9"))
        {
            other.Append(Answer(3, "host-b|run9"));
        }

        File.AppendAllText(Directory.GetFiles(Path.Combine(_root.FullName, "host-a")).Single(), """{"waveId":"status:nord""");
        using var restarted = new AnswerJournal(_root.FullName, "host-a", "run2");
        restarted.Append(Answer(4, "host-a|run2"));

        var earlier = restarted.ReadEarlierRuns();

        Assert.Equal(["user|1", "user|2"], earlier.Select(a => a.TargetKey));
        Assert.Equal(AttemptResult.Sent("1:2"), earlier[1].Result);
        restarted.ForgetEarlierRuns();
        Assert.Empty(restarted.ReadEarlierRuns());
        Assert.Single(Directory.GetFiles(Path.Combine(_root.FullName, "host-a"))); // its own file stays
    }

    [Fact]
    public void Append_ManyAnswers_KeepsTheCurrentFileAndTheOneBefore()
    {
        using (var journal = new AnswerJournal(_root.FullName, "host-a", "run1"))
        {
            for (var i = 0; i < (AnswerJournal.LinesPerFile * 3) + 5; i++)
            {
                journal.Append(Answer(i, "host-a|run1"));
            }
        }

        Assert.Equal(2, Directory.GetFiles(Path.Combine(_root.FullName, "host-a")).Length);
        using var next = new AnswerJournal(_root.FullName, "host-a", "run2");
        var earlier = next.ReadEarlierRuns();
        Assert.Equal(AnswerJournal.LinesPerFile + 5, earlier.Count);
        Assert.Equal($"user|{(AnswerJournal.LinesPerFile * 3) + 4}", earlier[^1].TargetKey);
    }

    [Fact]
    public void Append_DiskRefuses_FalseAndCounted_NoException()
    {
        var notADirectory = Path.Combine(_root.FullName, "file");
        File.WriteAllText(notADirectory, "");
        using var journal = new AnswerJournal(notADirectory, "host-a", "run1");

        Assert.False(journal.Append(Answer(1, "host-a|run1")));
        Assert.False(journal.Append(Answer(2, "host-a|run1")));
        Assert.Equal(2, journal.Failures);
    }
}
