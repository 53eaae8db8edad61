using TeamsMentor.Protocol.Connector;

namespace TeamsMentor.Bot.Networks;

/// <summary>The log events of networks in Teams: linking and rosters (EventIds 4000-4099).</summary>
internal static partial class NetworksLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "The channel roster could not be read ({Outcome} {Code}); membership comes from the plan only.")]
    public static partial void RosterUnavailable(ILogger logger, ConnectorOutcome outcome, string code);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Channel linked to team {TeamId} in {NetworkId}; {Members} members.")]
    public static partial void Linked(ILogger logger, string networkId, string teamId, int members);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "A non-organizer tried to link a channel in {NetworkId}.")]
    public static partial void NotOrganizer(ILogger logger, string networkId);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "Updating the link card for the channel failed: {Outcome} {Code}.")]
    public static partial void UpdateFailed(ILogger logger, Protocol.Connector.ConnectorOutcome outcome, string code);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Information, Message = "Channel linked as the organizers' channel of {NetworkId}.")]
    public static partial void LinkedOrganizers(ILogger logger, string networkId);
}
