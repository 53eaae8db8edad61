// Parameters for infra/main.bicep. The evaluations answer key is secret and is not kept here: pass it on the first
// deployment with -p evaluationsAnswerKey=$(openssl rand -base64 32) (see infra/README.md).
using './main.bicep'

param location = 'norwayeast'
param appName = 'teamsmentor'
param tags = {
  application: 'TeamsMentor'
}
param storageSkuName = 'Standard_LRS'
param appServicePlanSkuName = 'B1'
param botSkuName = 'F0'
param botDisplayName = 'TeamsMentor'
param keyVaultEnablePurgeProtection = true
param keyVaultSoftDeleteRetentionInDays = 90
param logRetentionInDays = 30

// Empty: open-screen meetings off (organizers paste a Teams link).
param graphOrganizerUserId = ''

// The tab's Entra app registration (SSO). Empty: the tab API accepts no token.
param tabClientId = ''

// Entra tenant ids whose activities the bot processes. Empty: any tenant.
param allowedTenants = []

// Entra object ids of the platform administrators (they may create networks in the tab). Empty: none.
param tabAdministrators = []
