namespace TeamsMentor.Bot.Privacy;

/// <summary>
/// How the privacy API names a person: <c>aad:{object id}</c> when Teams has told us who they are (every network they
/// are in), else <c>member:{network}:{member id}</c> (someone a plan names who has not been in Teams).
/// </summary>
public sealed record PersonKey(string? AadObjectId, string? NetworkId, string? MemberId)
{
    public static PersonKey OfAad(string aadObjectId) => new(aadObjectId.ToLowerInvariant(), null, null);

    public static PersonKey OfMember(string networkId, string memberId) => new(null, networkId, memberId);

    public static PersonKey? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 300)
        {
            return null;
        }

        if (value.StartsWith("aad:", StringComparison.Ordinal) && Guid.TryParse(value.AsSpan(4), out var oid))
        {
            return OfAad(oid.ToString());
        }

        var parts = value.Split(':');
        return parts is ["member", { Length: > 0 } network, { Length: > 0 } member] ? OfMember(network, member) : null;
    }

    public override string ToString() => AadObjectId is { } aad ? "aad:" + aad : $"member:{NetworkId}:{MemberId}";
}
