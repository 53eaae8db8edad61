using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TeamsMentor.Bot.Telemetry;

/// <summary>
/// The app's own traces and metrics (OpenTelemetry through System.Diagnostics): a span per turn, per card action and
/// per outbox send, and the delivery and submit metrics. Attributes carry kinds, verbs and outcomes only: never a
/// person's id, a conversation id, a name or free text. An evaluation answer leaves no span (its timing could link an
/// answer to a person): see <see cref="Unrecorded"/>.
/// </summary>
public static class AppTelemetry
{
    public const string Name = "TeamsMentor";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Sends = Meter.CreateCounter<long>("teamsmentor.outbox.sends", description: "Outbox sends by outcome (Sent, Throttled, Transient, InDoubt, Unreachable, Rejected)");

    private static readonly Counter<long> Throttles = Meter.CreateCounter<long>("teamsmentor.outbox.throttled", description: "Sends Teams answered with 429");

    private static readonly Counter<long> DeadLetters = Meter.CreateCounter<long>("teamsmentor.outbox.dead_letters", description: "Deliveries given up (dead letters)");

    private static Func<double>? _lag;
    private static Func<int>? _waitingDeadLetters;
    private static Func<int>? _sender;

    private static readonly ObservableGauge<double> Lag = Meter.CreateObservableGauge("teamsmentor.outbox.lag", () => _lag?.Invoke() ?? 0, unit: "s",
        description: "How overdue the oldest due delivery is, or how long the sender has not polled (the sender only)");

    private static readonly ObservableGauge<int> Senders = Meter.CreateObservableGauge("teamsmentor.outbox.sender", () => _sender?.Invoke() ?? 0,
        description: "1 while this instance holds the sender lease");

    private static readonly ObservableGauge<int> WaitingDeadLetters = Meter.CreateObservableGauge("teamsmentor.outbox.dead_letters.waiting",
        () => _waitingDeadLetters?.Invoke() ?? 0, description: "Dead letters in the outbox now");

    private static readonly Histogram<double> Submits = Meter.CreateHistogram<double>("teamsmentor.report.submit.duration", unit: "ms", description: "Status-report submits, from the invoke to the answer");

    /// <summary>A turn: its activity type and (for invokes) the invoke name.</summary>
    public static Activity? StartTurn(string? type, string? name)
    {
        var activity = Source.StartActivity("turn");
        activity?.SetTag("teamsmentor.activity.type", Known(type));
        if (name is not null)
        {
            activity?.SetTag("teamsmentor.invoke.name", Known(name));
        }

        return activity;
    }

    /// <summary>A card action by its verb (a registered verb, never the card's data).</summary>
    public static Activity? StartCardAction(string verb)
    {
        var activity = Source.StartActivity("card action");
        activity?.SetTag("teamsmentor.card.verb", verb);
        return activity;
    }

    /// <summary>One outbox send (post, new thread, update, delete) toward Teams.</summary>
    public static Activity? StartSend(string operation, int attempt)
    {
        var activity = Source.StartActivity("outbox send", ActivityKind.Client);
        activity?.SetTag("teamsmentor.delivery.operation", operation);
        activity?.SetTag("teamsmentor.delivery.attempt", attempt);
        return activity;
    }

    /// <summary>The send's outcome (Teams' answer) and what became of the delivery (sent, retrying, failed, ...).</summary>
    public static void SendEnded(Activity? activity, string outcome, string state)
    {
        activity?.SetTag("teamsmentor.delivery.outcome", outcome);
        activity?.SetTag("teamsmentor.delivery.state", state);
        if (outcome is not "Sent")
        {
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
        }
    }

    /// <summary>Counts a recorded attempt: by outcome, 429s, and deliveries given up.</summary>
    public static void Counted(string outcome, string state)
    {
        Sends.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        if (outcome == "Throttled")
        {
            Throttles.Add(1);
        }

        if (state == "Failed")
        {
            DeadLetters.Add(1);
        }
    }

    /// <summary>The sender's state the outbox gauges read (the host's delivery status; the last one registered wins).</summary>
    public static void ObserveOutbox(Func<double> lagSeconds, Func<int> deadLetters, Func<int> sender)
    {
        _lag = lagSeconds;
        _waitingDeadLetters = deadLetters;
        _sender = sender;
    }

    public static void Submitted(TimeSpan elapsed) => Submits.Record(elapsed.TotalMilliseconds);

    /// <summary>
    /// For work whose timing must not be recorded (an evaluation answer): the spans already open around it (the request,
    /// the turn) are marked not recorded, so no exporter sends them, and no span is made while the scope lives, the
    /// Table and HTTP calls under it included.
    /// </summary>
    public static IDisposable Unrecorded()
    {
        for (var open = Activity.Current; open is not null; open = open.Parent)
        {
            open.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            open.IsAllDataRequested = false;
        }

        return OpenTelemetry.SuppressInstrumentationScope.Begin();
    }

    /// <summary>Activity types and invoke names Teams sends are short words; anything else is not echoed.</summary>
    private static string Known(string? value) =>
        value is { Length: > 0 and <= 40 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-') ? value : "other";
}
