// Azure Bot registration with the user-assigned managed identity (single-tenant) and the Microsoft Teams channel.

@description('Name (handle) of the Azure Bot resource (globally unique).')
@minLength(2)
@maxLength(64)
param name string

@description('Display name of the bot.')
param displayName string

@description('Tags for the resources.')
param tags object

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are unlimited) or S1.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity (the bot\'s Microsoft App ID).')
param identityClientId string

@description('Messaging endpoint, https://<host>/api/messages.')
param endpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: identityId
    publicNetworkAccess: 'Enabled'
    disableLocalAuth: true
    isStreamingSupported: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Name of the Azure Bot resource.')
output name string = bot.name

@description('Messaging endpoint registered on the bot.')
output endpoint string = bot.properties.endpoint
