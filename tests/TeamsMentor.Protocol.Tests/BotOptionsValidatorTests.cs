using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace TeamsMentor.Protocol.Tests;

/// <summary>Start-up refuses dangerous or incomplete configuration.</summary>
public sealed class BotOptionsValidatorTests
{
    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static bool Valid(string environment, BotOptions options) =>
        new BotOptionsValidator(new Env(environment)).Validate(null, options).Succeeded;

    [Fact]
    public void Validate_UnauthenticatedInProduction_Fails()
    {
        Assert.False(Valid("Production", new BotOptions { AppId = "a", ClientSecret = "s", DangerouslyAllowUnauthenticatedRequests = true }));
    }

    [Fact]
    public void Validate_UnauthenticatedInStaging_Fails()
    {
        Assert.False(Valid("Staging", new BotOptions { AppId = "a", ClientSecret = "s", DangerouslyAllowUnauthenticatedRequests = true }));
    }

    [Fact]
    public void Validate_UnauthenticatedInDevelopment_Succeeds()
    {
        Assert.True(Valid("Development", new BotOptions { DangerouslyAllowUnauthenticatedRequests = true }));
    }

    [Fact]
    public void Validate_ProductionWithoutAppId_Fails()
    {
        Assert.False(Valid("Production", new BotOptions()));
    }

    [Fact]
    public void Validate_ProductionWithManagedIdentity_Succeeds()
    {
        Assert.True(Valid("Production", new BotOptions { AppId = "a", TenantId = "t", UseManagedIdentity = true }));
    }

    [Fact]
    public void Validate_AppIdWithoutSecretOrIdentity_Fails()
    {
        Assert.False(Valid("Production", new BotOptions { AppId = "a" }));
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("ftp://login.botframework.com/x", false)]
    [InlineData("not a url", false)]
    [InlineData("http://127.0.0.1:5000/metadata", true)]
    [InlineData("http://localhost:5000/metadata", true)]
    [InlineData("https://login.botframework.azure.us/v1/.well-known/openidconfiguration", true)]
    public void Validate_MetadataUrl_HttpsOrLoopbackOnly(string url, bool expected)
    {
        Assert.Equal(expected, Valid("Production", new BotOptions { AppId = "a", ClientSecret = "s", OpenIdMetadataUrl = url }));
    }
}
