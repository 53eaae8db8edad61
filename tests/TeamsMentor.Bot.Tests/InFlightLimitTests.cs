using TeamsMentor.Bot.Delivery;

namespace TeamsMentor.Bot.Tests;

public sealed class InFlightLimitTests
{
    [Fact]
    public async Task Enter_StartsWithOneRequestOut_GrowsByOnePerAnswerUpToTheMaximum()
    {
        using var limit = new InFlightLimit(3);
        await limit.EnterAsync(CancellationToken.None);
        var second = limit.EnterAsync(CancellationToken.None);
        Assert.False(second.IsCompleted); // cold: one request out at a time

        limit.Exit(); // answered: its permit back, and one more
        await second;
        await limit.EnterAsync(CancellationToken.None);
        Assert.Equal(2, limit.Size);

        limit.Exit();
        limit.Exit();
        Assert.Equal(3, limit.Size);
        for (var i = 0; i < 3; i++)
        {
            await limit.EnterAsync(CancellationToken.None);
        }

        Assert.False(limit.EnterAsync(CancellationToken.None).IsCompleted); // never more than the maximum
        limit.Exit();
        Assert.Equal(3, limit.Size);
    }
}
