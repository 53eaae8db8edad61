using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The tab's built front end through the real host (<c>MapStaticAssets</c> over Vite's output): the page never cached,
/// Vite's hashed assets cached for a year, compressed when the browser accepts it, ETags answered with 304, a client
/// route given the page, a missing asset 404, and every response framable by Teams and Microsoft 365 only.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class TabStaticFilesTests(AzuriteFixture azurite)
{
    private static readonly string WebRoot = Path.Combine(RepoPaths.Root, "bot", "TeamsMentor.Bot", "wwwroot", "tab");

    [GeneratedRegex("/tab/assets/index-[A-Za-z0-9_-]+\\.js")]
    private static partial Regex EntryScript();

    [Fact]
    public async Task ThePage_NeverCached_AClientRouteGetsIt_EveryResponseFramableByTeamsOnly()
    {
        Assert.True(File.Exists(Path.Combine(WebRoot, "index.html")), "build the tab first (test.sh does)");
        await using var factory = new BotHostFactory(azurite.ConnectionString);
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/tab/", "/tab/some/client/route" })
        {
            using var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.True(page.Headers.CacheControl?.NoCache, path);
            Assert.Matches(EntryScript(), await page.Content.ReadAsStringAsync());
            Assert.StartsWith("frame-ancestors 'self' https://teams.microsoft.com", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        }

        using var missing = await client.GetAsync("/tab/assets/index-missing.js");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AHashedAsset_CompressedWhenAccepted_CachedForAYear_AndRevalidatedByETag()
    {
        await using var host = new BotHostFactory(azurite.ConnectionString);
        // As published: the build's compressed copies (obj/…/compressed) beside wwwroot, which publishing puts in wwwroot.
        await using var factory = host.WithWebHostBuilder(builder => builder.UseStaticWebAssets());
        using var client = factory.CreateClient();
        var script = EntryScript().Match(await client.GetStringAsync("/tab/")).Value;
        var raw = await File.ReadAllBytesAsync(Path.Combine(WebRoot, "assets", Path.GetFileName(script)));

        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var compressed = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal("gzip", compressed.Content.Headers.ContentEncoding.Single());
        Assert.Equal("public, max-age=31536000, immutable", compressed.Headers.CacheControl?.ToString());
        Assert.Contains("frame-ancestors", compressed.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var body = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < raw.Length / 2, $"{body.Length} bytes for {raw.Length}");
        using (var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress))
        using (var plain = new MemoryStream())
        {
            await gzip.CopyToAsync(plain);
            Assert.Equal(raw, plain.ToArray());
        }

        using var identity = await client.GetAsync(script);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Equal(raw, await identity.Content.ReadAsByteArrayAsync());
        var etag = identity.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, script);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }
}
