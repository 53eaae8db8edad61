// The app's only identity: Table Storage, Microsoft Graph, Key Vault references and the bot's connector tokens.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Client (application) id of the identity: the bot\'s Microsoft App ID.')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity, for role assignments.')
output principalId string = identity.properties.principalId
