using System.Net.Sockets;

namespace TeamsMentor.Testing;

/// <summary>Polling helpers for starting real processes (bounded; they fail with the process output).</summary>
public static class Wait
{
    /// <summary>Looks every 10 ms until <paramref name="condition"/> holds; fails after <paramref name="timeout"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"The condition did not hold within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(10);
        }
    }

    public static async Task ForTcpAsync(int port, TimeSpan timeout, Func<string?> exitedOutput)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (exitedOutput() is { } output)
            {
                throw new InvalidOperationException("The process exited before listening on port " + port + ":\n" + output);
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("Nothing listened on port " + port + " within " + timeout);
    }

    public static async Task ForHttpAsync(HttpClient http, Uri uri, TimeSpan timeout, Func<string?> exitedOutput)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (exitedOutput() is { } output)
            {
                throw new InvalidOperationException("The process exited before " + uri + " answered:\n" + output);
            }

            try
            {
                using var response = await http.GetAsync(uri);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(150);
        }

        throw new TimeoutException(uri + " did not answer within " + timeout);
    }
}
