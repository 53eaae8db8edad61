// Key Vault (RBAC authorization) holding the evaluations answer key, read by the web app through a Key Vault reference.

@description('Name of the key vault (3-24 letters, digits and hyphens, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the resources.')
param tags object

@description('Principal id of the managed identity that gets "Key Vault Secrets User".')
param principalId string

@description('Turn on purge protection (irreversible: the vault cannot be purged before its retention ends).')
param enablePurgeProtection bool

@description('Days a deleted vault or secret stays recoverable (7-90).')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Value of the evaluations-answer-key secret. Empty: the secret is left as it is (not created or changed).')
@secure()
param evaluationsAnswerKey string

var secretName = 'evaluations-answer-key'

// Key Vault Secrets User
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // Purge protection cannot be turned off once on, and the API rejects an explicit false: leave it out instead.
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
  }
}

resource answerKey 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(evaluationsAnswerKey)) {
  parent: vault
  name: secretName
  properties: {
    value: evaluationsAnswerKey
    contentType: 'base64, at least 32 bytes (openssl rand -base64 32)'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the key vault.')
output name string = vault.name

@description('Versionless URI of the evaluations-answer-key secret (a Key Vault reference follows its latest version).')
output answerKeySecretUri string = '${vault.properties.vaultUri}secrets/${secretName}'
