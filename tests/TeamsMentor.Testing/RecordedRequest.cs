namespace TeamsMentor.Testing;

/// <summary>One request seen by <see cref="RecordingHandler"/>.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Body)
{
    /// <summary>The path exactly as sent on the wire (still escaped).</summary>
    public string RawPath => Uri.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped);
}
