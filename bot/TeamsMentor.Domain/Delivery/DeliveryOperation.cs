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

    /// <summary>
    /// Open a 1:1 chat with a person the app has none with yet (the app is installed in a team they are in) and post
    /// in it; the target's conversation id is their Teams user id (<c>29:…</c>). Opening is idempotent.
    /// </summary>
    NewChat,

    /// <summary>
    /// Delete an already-sent message (DELETE); the activity and conversation come from the delivery it removes. A new
    /// reminder replaces the previous one this way, so reminders do not stack up (an edited message does not notify).
    /// </summary>
    Delete,
}

public static class DeliveryOperations
{
    /// <summary>An operation on a message already sent (update or delete): never a new post, so never in doubt and not journaled.</summary>
    public static bool IsFollowUp(this DeliveryOperation operation) => operation is DeliveryOperation.Update or DeliveryOperation.Delete;
}
