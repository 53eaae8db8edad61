namespace TeamsMentor.Protocol.Authentication;

/// <summary>Where signing-key metadata may be fetched from: https anywhere, plain http only on a loopback host.</summary>
internal static class MetadataUrlRules
{
    public static bool IsAcceptable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsAcceptable(uri);

    public static bool IsAcceptable(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
