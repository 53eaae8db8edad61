using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Serves the tab's built front end (<c>tab/</c>, built by Vite into <c>wwwroot/tab</c>) at <c>/tab</c> through the
/// SDK's static web assets (<c>MapStaticAssets</c>): compressed when built (gzip; Brotli too when published), with
/// ETags. Vite's hashed assets are cached for a year, the pages never, and every response may be framed by Teams and
/// Microsoft 365 only. A file the build's manifest does not know (the tab rebuilt after the host) is served as is.
/// </summary>
public static class TabStaticFiles
{
    /// <summary>Who may show the tab in a frame: Teams (web, desktop, mobile) and the Microsoft 365 hosts that run Teams apps.</summary>
    public const string FrameAncestors = "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft " +
        "https://*.office.com https://*.microsoft365.com https://*.cloud.microsoft https://outlook.office.com";

    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>The SDK's setting for its development runtime handler of static assets.</summary>
    private const string ReloadAtRuntime = "ReloadStaticAssetsAtRuntime";

    public static void MapTab(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = Path.Combine(app.Environment.ContentRootPath, "wwwroot", "tab");
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/tab", out var rest))
            {
                context.Response.Headers[HeaderNames.ContentSecurityPolicy] = FrameAncestors;
                context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
                context.Response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                if (rest.StartsWithSegments("/assets"))
                {
                    // Vite names these by their content, which the SDK cannot tell: its manifest says no-cache for them.
                    var response = context.Response;
                    response.OnStarting(() =>
                    {
                        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                        {
                            response.Headers.CacheControl = Immutable;
                        }

                        return Task.CompletedTask;
                    });
                }
            }

            await next();
        });

        // The accessibility statement: where the operator published it (App:AccessibilityStatementUrl), else the draft shipped here.
        app.MapGet("/tab/tilgjengelighet", (Microsoft.Extensions.Options.IOptions<Hosting.AppOptions> options) =>
            Results.Redirect(options.Value.AccessibilityStatementUrl?.ToString() ?? "/tab/accessibility.html"));

        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.MapGet("/tab/{**path}", () => Results.Text(
                "The tab is not built. Run ./run.sh, or: npm --prefix tab install --no-save && npm --prefix tab run build", statusCode: StatusCodes.Status503ServiceUnavailable));
            return;
        }

        // The SDK's runtime handler for a build (not published) manifest would recompress changed files on the fly (stored,
        // not compressed) and add a fallback route for every path with a dot, which also turns a wrong verb's 405 into
        // 404 elsewhere. The catch-all below serves a rebuilt tab's new files instead.
        app.Configuration[ReloadAtRuntime] ??= "false";
        app.MapStaticAssets();

        // Everything else under /tab (static-file middleware would step aside once routing chose an endpoint): a built
        // file the manifest does not know, if there is one; any other path is a client-side route and gets the page,
        // except under assets/ where a missing file stays 404.
        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        app.MapGet("/tab/{**path}", async (HttpContext context, string? path) =>
        {
            var file = string.IsNullOrEmpty(path) ? null : files.GetFileInfo(path);
            if (file is { Exists: true, IsDirectory: false } && Path.GetFileName(path) != "index.html")
            {
                context.Response.ContentType = types.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
                // Hashed assets never change; the plain pages beside them (about, privacy, terms) may.
                context.Response.Headers.CacheControl = path!.StartsWith("assets/", StringComparison.Ordinal) ? Immutable : "no-cache";
                await context.Response.SendFileAsync(file);
                return;
            }

            if (path?.StartsWith("assets/", StringComparison.Ordinal) == true)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-cache";
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
        });
    }
}
