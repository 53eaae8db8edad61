// TeamsMentor on Azure: one resource group with a user-assigned managed identity, Table Storage, Key Vault,
// Log Analytics + Application Insights, a Linux App Service web app (.NET 10) and the Azure Bot with its Teams channel.
// Validate with `bash scripts/bicep-check.sh`; deployment and parameters: infra/README.md.
targetScope = 'resourceGroup'

@description('Azure region of every resource except the bot (global).')
param location string = 'norwayeast'

@description('Short name the resource names derive from: 2-11 lowercase letters, digits or hyphens.')
@minLength(2)
@maxLength(11)
param appName string = 'teamsmentor'

@description('Tags for every resource.')
param tags object = {
  application: 'TeamsMentor'
}

@description('Storage account SKU.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
  'Standard_GZRS'
  'Standard_RAGZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('App Service plan SKU (Linux; a tier with Always On, so not F1/D1).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServicePlanSkuName string = 'B1'

@description('Instances of the web app (B1 allows up to 3, S1 10, P*v3 30). The sender lease lets one instance send at a time (README, "Two instances").')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('E-mail address for the alerts (outbox lag, no sender, dead letters, 429s, readiness); empty: no notification.')
param alertEmail string = ''

@description('Azure Bot pricing tier (F0 is free; Teams is a standard channel).')
@allowed([
  'F0'
  'S1'
])
param botSkuName string = 'F0'

@description('Display name of the Azure Bot resource.')
param botDisplayName string = 'TeamsMentor'

@description('Key Vault purge protection. Irreversible once on; turn off only for throw-away environments.')
param keyVaultEnablePurgeProtection bool = true

@description('Days a deleted key vault or secret stays recoverable (7-90).')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('Days Log Analytics (and Application Insights) keep data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Evaluations answer key, base64 of at least 32 bytes (`openssl rand -base64 32`). Stored as the Key Vault secret evaluations-answer-key. Pass it on the first deployment; empty leaves the stored secret unchanged. A new value forgets who answered open evaluations.')
@secure()
param evaluationsAnswerKey string = ''

@description('Entra object id of the account whose calendar holds open-screen meetings (Graph:OrganizerUserId). Empty: meetings are off and organizers paste a Teams link.')
param graphOrganizerUserId string = ''

@description('Client id of the tab\'s Entra app registration, for SSO (Tab:ClientId). Empty: the tab API accepts no token.')
param tabClientId string = ''

@description('Entra tenant ids whose Teams activities are processed (Bot:AllowedTenants). Empty: any tenant.')
param allowedTenants string[] = []

@description('Entra object ids of the platform administrators, who may create networks in the tab (Tab:Administrators). Empty: none.')
param tabAdministrators string[] = []

// Globally unique names: the app name plus a hash of the resource group id (stable across deployments).
var suffix = uniqueString(resourceGroup().id)
var compactName = toLower(replace(appName, '-', ''))
var names = {
  identity: '${appName}-id'
  storage: 'st${take(compactName, 9)}${suffix}' // <= 24 lowercase letters and digits
  keyVault: 'kv-${take(compactName, 8)}${suffix}' // <= 24 characters
  workspace: '${appName}-log'
  appInsights: '${appName}-appi'
  plan: '${appName}-plan'
  site: '${appName}-${suffix}'
  bot: '${appName}-bot-${suffix}'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    skuName: storageSkuName
    principalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    enablePurgeProtection: keyVaultEnablePurgeProtection
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
    evaluationsAnswerKey: evaluationsAnswerKey
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    principalId: identity.outputs.principalId
    alertEmail: alertEmail
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    planName: names.plan
    siteName: names.site
    location: location
    tags: tags
    skuName: appServicePlanSkuName
    instanceCount: instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tableServiceUri: storage.outputs.tableEndpoint
    answerKeySecretUri: keyVault.outputs.answerKeySecretUri
    appInsightsName: monitoring.outputs.appInsightsName
    graphOrganizerUserId: graphOrganizerUserId
    tabClientId: tabClientId
    allowedTenants: allowedTenants
    tabAdministrators: tabAdministrators
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    displayName: botDisplayName
    tags: tags
    skuName: botSkuName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    endpoint: 'https://${web.outputs.hostName}/api/messages'
  }
}

@description('Name of the web app (for `az webapp deploy`).')
output webAppName string = web.outputs.name

@description('Default host name of the web app: the Teams manifest\'s validDomains and the tab\'s content URL host.')
output webAppHostName string = web.outputs.hostName

@description('Public URL of the app (App:PublicUrl).')
output webAppUrl string = 'https://${web.outputs.hostName}'

@description('Name of the Azure Bot resource.')
output botName string = bot.outputs.name

@description('Messaging endpoint registered on the Azure Bot.')
output botMessagingEndpoint string = bot.outputs.endpoint

@description('The bot\'s Microsoft App ID = the managed identity\'s client id: use it as botId (and the bot\'s id) in the Teams manifest.')
output botAppId string = identity.outputs.clientId

@description('Tenant of the bot\'s identity (the bot is single-tenant).')
output tenantId string = tenant().tenantId

@description('Client id of the user-assigned managed identity.')
output identityClientId string = identity.outputs.clientId

@description('Principal (object) id of the managed identity: grant it Microsoft Graph application permissions.')
output identityPrincipalId string = identity.outputs.principalId

@description('Name of the storage account.')
output storageAccountName string = storage.outputs.name

@description('Table service endpoint (Storage:TableServiceUri).')
output storageTableEndpoint string = storage.outputs.tableEndpoint

@description('Name of the key vault holding evaluations-answer-key.')
output keyVaultName string = keyVault.outputs.name

@description('Tab SSO application id URI (Tab:ApplicationIdUri); empty when tabClientId is empty.')
output tabApplicationIdUri string = empty(tabClientId) ? '' : 'api://${web.outputs.hostName}/${tabClientId}'
