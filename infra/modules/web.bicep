// App Service plan (Linux) and the web app that hosts the bot (/api/messages) and the tab, with its app settings.

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (globally unique: <name>.azurewebsites.net).')
param siteName string

@description('Azure region.')
param location string

@description('Tags for the resources.')
param tags object

@description('App Service plan SKU.')
param skuName string

@description('Instances of the web app (the plan\'s capacity).')
param instanceCount int

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Table service endpoint (https://<account>.table.core.windows.net).')
param tableServiceUri string

@description('Versionless URI of the evaluations-answer-key secret.')
param answerKeySecretUri string

@description('Name of the Application Insights component in this resource group.')
param appInsightsName string

@description('Entra object id of the account whose calendar holds open-screen meetings; empty turns meetings off.')
param graphOrganizerUserId string

@description('Client id of the tab\'s Entra app registration (SSO); empty: the tab API accepts no token.')
param tabClientId string

@description('Entra tenant ids whose activities the bot processes; empty: any tenant.')
param allowedTenants string[]

@description('Entra object ids of the platform administrators (they may create networks).')
param tabAdministrators string[]

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz/ready'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
  }
}

var hostName = site.properties.defaultHostName

// The names the app binds (App Service turns "__" into the ":" of nested configuration keys).
var baseSettings = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  WEBSITE_RUN_FROM_PACKAGE: '1'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  // Application Insights accepts only Entra-authenticated telemetry: the app sends it as its managed identity.
  Telemetry__ManagedIdentityClientId: identityClientId
  App__PublicUrl: 'https://${hostName}'
  Bot__AppId: identityClientId
  Bot__TenantId: tenant().tenantId
  Bot__UseManagedIdentity: 'true'
  Storage__TableServiceUri: tableServiceUri
  Storage__ManagedIdentityClientId: identityClientId
  Evaluations__AnswerKey: '@Microsoft.KeyVault(SecretUri=${answerKeySecretUri})'
  Graph__OrganizerUserId: graphOrganizerUserId
  Graph__UseManagedIdentity: 'true'
  Graph__ManagedIdentityClientId: identityClientId
  Tab__ClientId: tabClientId
  // The sender's answer journal must survive a container restart: /home is App Service's persistent storage.
  Delivery__JournalDirectory: '/home/data/teamsmentor/answers'
}

var tabSettings = empty(tabClientId) ? {} : { Tab__ApplicationIdUri: 'api://${hostName}/${tabClientId}' }

// Configuration arrays are numbered keys: Bot:AllowedTenants:0, Bot:AllowedTenants:1, ...
var tenantSettings = toObject(
  range(0, length(allowedTenants)),
  i => 'Bot__AllowedTenants__${i}',
  i => allowedTenants[i]
)

var administratorSettings = toObject(
  range(0, length(tabAdministrators)),
  i => 'Tab__Administrators__${i}',
  i => tabAdministrators[i]
)

// A separate config resource, because the settings need the site's own host name. It replaces all the app settings on
// every deployment: settings added by hand in the portal are removed (change the parameters instead).
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: union(baseSettings, tabSettings, tenantSettings, administratorSettings)
}

@description('Name of the web app.')
output name string = site.name

@description('Default host name of the web app (<name>.azurewebsites.net).')
output hostName string = hostName
