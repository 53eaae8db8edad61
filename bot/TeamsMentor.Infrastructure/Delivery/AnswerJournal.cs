using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>
/// The sender's local answer journal: one JSON line per accepted post, appended (and handed to the operating system)
/// the moment Teams' answer is read. A killed process loses nothing written this way (only the machine's failure
/// would), so the next run of the same instance records those answers instead of sending the posts again. That shrinks
/// the duplicate window from "until the outbox write is done" to "until the answer is read".
/// <para>
/// Layout: <c>{directory}/{instance}/answers-{run}-{n}.jsonl</c>; a run starts a new file every
/// <see cref="LinesPerFile"/> lines and keeps the previous one (older lines are long recorded or long resent).
/// Holds only ids (wave, target, activity), never message content.
/// </para>
/// </summary>
public sealed class AnswerJournal : IAnswerJournal
{
    public const int LinesPerFile = 20_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly object _lock = new();
    private readonly string _directory;
    private readonly string _run;
    private StreamWriter? _writer;
    private int _lines;
    private int _file;
    private string? _previous;

    /// <param name="directory">The journals' root; each instance writes in its own folder below it.</param>
    /// <param name="instance">This instance's name (stable across restarts).</param>
    /// <param name="run">This process's run id (unique).</param>
    public AnswerJournal(string directory, string instance, string run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(instance);
        ArgumentException.ThrowIfNullOrWhiteSpace(run);
        _directory = Path.Combine(directory, Safe(instance));
        _run = Safe(run);
    }

    /// <inheritdoc/>
    public int Failures { get; private set; }

    /// <summary>Appends one answer. False when the disk refused it.</summary>
    public bool Append(JournaledAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var line = JsonSerializer.Serialize(answer, Json);
        lock (_lock)
        {
            try
            {
                if (_writer is null || _lines >= LinesPerFile)
                {
                    Rotate();
                }

                _writer!.WriteLine(line); // AutoFlush: in the operating system's hands when this returns
                _lines++;
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Failures++;
                _writer?.Dispose();
                _writer = null; // try a fresh file next time
                return false;
            }
        }
    }

    /// <summary>The answers earlier runs of this instance journaled (a torn last line, from a kill mid-write, is skipped).</summary>
    public IReadOnlyList<JournaledAnswer> ReadEarlierRuns()
    {
        var answers = new List<JournaledAnswer>();
        foreach (var file in EarlierFiles())
        {
            foreach (var line in File.ReadLines(file))
            {
                try
                {
                    if (JsonSerializer.Deserialize<JournaledAnswer>(line, Json) is { } answer)
                    {
                        answers.Add(answer);
                    }
                }
                catch (JsonException)
                {
                    // the line a kill interrupted
                }
            }
        }

        return answers;
    }

    /// <summary>Deletes earlier runs' files, once their answers are recorded.</summary>
    public void ForgetEarlierRuns()
    {
        foreach (var file in EarlierFiles())
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    /// <summary>Earlier runs' files, each run's in the order written.</summary>
    private List<string> EarlierFiles() =>
        Directory.Exists(_directory)
            ? [.. Directory.EnumerateFiles(_directory, "answers-*.jsonl")
                .Where(f => !Path.GetFileName(f).StartsWith($"answers-{_run}-", StringComparison.Ordinal))
                .OrderBy(f => Path.GetFileNameWithoutExtension(f)[..Path.GetFileNameWithoutExtension(f).LastIndexOf('-')], StringComparer.Ordinal)
                .ThenBy(f => int.TryParse(Path.GetFileNameWithoutExtension(f)[(Path.GetFileNameWithoutExtension(f).LastIndexOf('-') + 1)..], out var n) ? n : 0)]
            : [];

    private void Rotate()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, $"answers-{_run}-{_file++}.jsonl");
        if (_writer is not null)
        {
            _writer.Dispose();
            if (_previous is not null)
            {
                File.Delete(_previous);
            }

            _previous = Path.Combine(_directory, $"answers-{_run}-{_file - 2}.jsonl");
        }

        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false)) { AutoFlush = true };
        _lines = 0;
    }

    private static string Safe(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return safe.ToString();
    }
}
