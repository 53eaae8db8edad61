// Log Analytics workspace and workspace-based Application Insights that accepts only Entra-authenticated telemetry (the
// app's managed identity publishes it), and the alert rules an operator needs: outbox lag, no sender, dead letters, 429s,
// readiness.

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Azure region.')
param location string

@description('Tags for the resources.')
param tags object

@description('Principal id of the managed identity that publishes the app\'s telemetry.')
param principalId string

@description('E-mail address that gets the alerts; empty: the rules fire without notifying anyone (see them in the portal).')
param alertEmail string

@description('Days the workspace keeps data (Application Insights data included).')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    // Only Entra-authenticated telemetry (the app's managed identity): the connection string alone cannot send.
    DisableLocalAuth: true
  }
}

// Monitoring Metrics Publisher: what Application Insights asks of an identity that sends telemetry.
var metricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, principalId, metricsPublisherRoleId)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisherRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: '${appInsightsName}-alerts'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'teamsmentor'
    enabled: true
    emailReceivers: [
      {
        name: 'operator'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

// Log alerts over the app's OpenTelemetry metrics (customMetrics) and the readiness probes App Service sends
// (requests to /healthz/ready). Each: the query, the threshold it is compared with, how often and over what window.
var alertRules = [
  {
    name: 'outbox-lag'
    description: 'The oldest due card has waited, or the sender has not polled, for more than 10 minutes: the sender is stuck, throttled or storage is failing (docs/runbook.md).'
    severity: 2
    query: 'customMetrics | where name == "teamsmentor.outbox.lag" | summarize value = max(value)'
    threshold: 600
    operator: 'GreaterThan'
  }
  {
    name: 'dead-letters'
    description: 'Deliveries were given up (dead letters): someone did not get a card (docs/runbook.md).'
    severity: 2
    query: 'customMetrics | where name == "teamsmentor.outbox.dead_letters" | summarize value = sum(valueSum)'
    threshold: 0
    operator: 'GreaterThan'
  }
  {
    name: 'throttled'
    description: 'Teams answered 429 more than 20 times in 15 minutes: the pace is above what Teams allows (docs/runbook.md).'
    severity: 3
    query: 'customMetrics | where name == "teamsmentor.outbox.throttled" | summarize value = sum(valueSum)'
    threshold: 20
    operator: 'GreaterThan'
  }
  {
    name: 'not-ready'
    description: 'The readiness probe failed: storage unreachable or the sender not running (docs/runbook.md).'
    severity: 1
    query: 'requests | where url endswith "/healthz/ready" and toint(resultCode) >= 500 | summarize value = count()'
    threshold: 2
    operator: 'GreaterThan'
  }
  {
    name: 'no-sender'
    description: 'No instance has held the sender lease for 15 minutes while the app was up: nothing is being sent (docs/runbook.md).'
    severity: 1
    query: 'customMetrics | where name == "teamsmentor.outbox.sender" | summarize value = max(value)'
    threshold: 1
    operator: 'LessThan'
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [for rule in alertRules: {
  name: '${appInsightsName}-${rule.name}'
  location: location
  tags: tags
  properties: {
    description: rule.description
    severity: rule.severity
    enabled: true
    scopes: [
      appInsights.id
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: rule.query
          timeAggregation: 'Maximum'
          metricMeasureColumn: 'value'
          operator: rule.operator
          threshold: rule.threshold
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: empty(alertEmail) ? [] : [
        actionGroup.id
      ]
    }
  }
}]

@description('Name of the Application Insights component (the web module reads its connection string).')
output appInsightsName string = appInsights.name
