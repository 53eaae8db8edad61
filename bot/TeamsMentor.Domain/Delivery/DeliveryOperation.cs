namespace TeamsMentor.Domain.Delivery;

/// <summary>What a delivery does in Teams.</summary>
public enum DeliveryOperation
{
    /// <summary>Post an activity into an existing conversation (a personal chat, a group chat, a thread).</summary>
    Post,

    /// <summary>Start a new thread in a team channel (the conversation id is the channel id).</summary>
    NewThread,

    /// <summary>Replace an already-sent card (PUT); the activity id comes from the delivery it updates.</summary>
    Update,
}
