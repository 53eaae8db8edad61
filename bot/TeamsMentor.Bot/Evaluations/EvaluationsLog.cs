namespace TeamsMentor.Bot.Evaluations;

/// <summary>The log events of evaluations (EventIds 4300-4399).</summary>
internal static partial class EvaluationsLog
{
    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Evaluation of gathering {Gathering} sealed: {Moved} answers moved under random keys, pending markers deleted.")]
    public static partial void Sealed(ILogger logger, int gathering, int moved);
}
