import { graphql } from '@/gql/index.ts';

/** What the rule editor offers: the catalogue, the project's workspace channels, the live preview. */
export const AlertEditorDataQuery = graphql(`
  query AlertEditorData($workspace: String, $scope: AlertScope!) {
    alertMetrics(scope: $scope) {
      name
      target
      unit
      description
    }
    notificationChannels(workspace: $workspace) {
      id
      name
      type
    }
  }
`);

export const AlertMetricPreviewQuery = graphql(`
  query AlertMetricPreview($scope: AlertScope!, $project: String, $metric: String!, $target: String) {
    alertMetricPreview(scope: $scope, project: $project, metric: $metric, target: $target) {
      target
      value
    }
  }
`);

export const AlertRuleItemFragment = graphql(`
  fragment AlertRuleItem_rule on AlertRule {
    id
    name
    metric
    target
    condition
    threshold
    forSeconds
    severity
    repeatIntervalSeconds
    enabled
    viewerCanManage
    channels {
      id
      name
    }
  }
`);

/** Whether the caller may change a project's rules (a project) or the node and cluster rules (platform admins). */
export const AlertingCapabilityQuery = graphql(`
  query AlertingCapability($project: String!, $isProject: Boolean!) {
    project(name: $project) @include(if: $isProject) {
      name
      viewerCanManageAlerting
    }
    me {
      platformRole
    }
  }
`);

export const AlertRulesQuery = graphql(`
  query AlertRules($project: String, $scope: AlertScope) {
    alertRules(project: $project, scope: $scope) {
      ...AlertRuleItem_rule
    }
  }
`);

export const CreateAlertRuleMutation = graphql(`
  mutation CreateAlertRule($input: AlertRuleInput!) {
    createAlertRule(input: $input) {
      ...AlertRuleItem_rule
    }
  }
`);

export const DeleteAlertRuleMutation = graphql(`
  mutation DeleteAlertRule($id: ID!) {
    deleteAlertRule(id: $id)
  }
`);

export const AlertItemFragment = graphql(`
  fragment AlertItem_alert on Alert {
    id
    state
    silenced
    target
    value
    activeAt
    resolvedAt
    updatedAt
    rule {
      id
      name
      severity
      viewerCanManage
    }
  }
`);

export const AlertsQuery = graphql(`
  query Alerts($project: String, $scope: AlertScope, $first: Int, $after: String) {
    alerts(project: $project, scope: $scope, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AlertItem_alert
        }
      }
    }
  }
`);

export const AlertsChangedSubscription = graphql(`
  subscription AlertsChanged($project: String, $scope: AlertScope) {
    alertsChanged(project: $project, scope: $scope) {
      alert {
        ...AlertItem_alert
      }
    }
  }
`);

export const SilencesQuery = graphql(`
  query Silences($project: String, $scope: AlertScope) {
    alertSilences(project: $project, scope: $scope) {
      id
      target
      startsAt
      endsAt
      state
      comment
      createdBy
      rule {
        id
        name
        viewerCanManage
      }
    }
  }
`);

export const CreateAlertSilenceMutation = graphql(`
  mutation CreateAlertSilence($ruleId: ID!, $target: String, $endsAt: String!, $comment: String) {
    createAlertSilence(ruleId: $ruleId, target: $target, endsAt: $endsAt, comment: $comment) {
      id
      state
    }
  }
`);

export const ExpireAlertSilenceMutation = graphql(`
  mutation ExpireAlertSilence($id: ID!) {
    expireAlertSilence(id: $id)
  }
`);

export const NotificationChannelItemFragment = graphql(`
  fragment NotificationChannelItem_channel on NotificationChannel {
    id
    name
    type
    recipients
    endpoint
    hasSecret
    deliveries(first: 5) {
      id
      kind
      status
      attempts
      lastError
      createdAt
    }
  }
`);

/** A workspace's channels (workspace) or the platform's (none: platform admins). */
export const ChannelsQuery = graphql(`
  query Channels($workspace: String, $workspaceName: String!, $isWorkspace: Boolean!) {
    workspace(name: $workspaceName) @include(if: $isWorkspace) {
      name
      viewerCanManageSettings
    }
    me {
      platformRole
    }
    notificationChannels(workspace: $workspace) {
      ...NotificationChannelItem_channel
    }
  }
`);

export const CreateNotificationChannelMutation = graphql(`
  mutation CreateNotificationChannel($input: NotificationChannelInput!) {
    createNotificationChannel(input: $input) {
      ...NotificationChannelItem_channel
    }
  }
`);

export const DeleteNotificationChannelMutation = graphql(`
  mutation DeleteNotificationChannel($id: ID!) {
    deleteNotificationChannel(id: $id)
  }
`);

export const TestNotificationChannelMutation = graphql(`
  mutation TestNotificationChannel($id: ID!) {
    testNotificationChannel(id: $id) {
      id
      status
      attempts
      lastError
    }
  }
`);
