using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Tests;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000")]
    [InlineData("a:1Xy/zz\\q#r?s%t")]
    [InlineData("tab\tnewline\n")]
    [InlineData("%41 stays %41")]
    [InlineData("")]
    public void EncodeDecode_RoundTrips(string value)
    {
        Assert.Equal(value, TableKeys.Decode(TableKeys.Encode(value)));
    }

    [Fact]
    public void Encode_ForbiddenCharacters_Escaped()
    {
        var key = TableKeys.Encode("a/b\\c#d?e\tf");
        Assert.DoesNotContain('/', key);
        Assert.DoesNotContain('\\', key);
        Assert.DoesNotContain('#', key);
        Assert.DoesNotContain('?', key);
        Assert.DoesNotContain('\t', key);
    }

    [Fact]
    public void Encode_TeamsIds_StayReadable()
    {
        Assert.Equal("19:abc@thread.tacv2", TableKeys.Encode("19:abc@thread.tacv2"));
    }
}
