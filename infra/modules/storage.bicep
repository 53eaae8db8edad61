// Storage account for Azure Table Storage, reached only with Entra ID (no shared keys), and the identity's data role.

@description('Name of the storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the resources.')
param tags object

@description('Storage account SKU.')
param skuName string

@description('Principal id of the managed identity that gets "Storage Table Data Contributor".')
param principalId string

// Storage Table Data Contributor
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource storage 'Microsoft.Storage/storageAccounts@2025-08-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
  }
}

resource tableServices 'Microsoft.Storage/storageAccounts/tableServices@2025-08-01' = {
  parent: storage
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, tableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the storage account.')
output name string = storage.name

var tableEndpoint = storage.properties.primaryEndpoints.table

@description('Table service endpoint without the trailing slash, e.g. https://<account>.table.core.windows.net.')
output tableEndpoint string = endsWith(tableEndpoint, '/')
  ? take(tableEndpoint, max(0, length(tableEndpoint) - 1))
  : tableEndpoint
