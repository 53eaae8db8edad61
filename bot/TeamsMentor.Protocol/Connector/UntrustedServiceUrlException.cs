namespace TeamsMentor.Protocol.Connector;

/// <summary>Thrown by <see cref="BotTokenHandler"/> when a request targets a host that may not be called.</summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException(Uri uri)
        : base($"The host '{uri?.Host}' is not a trusted Bot Connector host.")
    {
    }

    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
