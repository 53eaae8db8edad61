namespace TeamsMentor.Protocol.Schema;

/// <summary>Names of <c>invoke</c> activities the bot knows.</summary>
public static class InvokeNames
{
    /// <summary>Universal Actions: an Adaptive Card <c>Action.Execute</c>.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
