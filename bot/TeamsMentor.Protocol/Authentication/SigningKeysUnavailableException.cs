namespace TeamsMentor.Protocol.Authentication;

/// <summary>No signing keys could be fetched yet, so no token can be validated (the endpoint answers 503).</summary>
public sealed class SigningKeysUnavailableException : Exception
{
    public SigningKeysUnavailableException()
    {
    }

    public SigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    public SigningKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
