import { graphql } from '@/gql/index.ts';

/** What the rule editor offers: the catalogue, the project's workspace channels, the live preview. */
export const AlertEditorDataQuery = graphql(`
  query AlertEditorData($workspace: String!) {
    alertMetrics(scope: PROJECT) {
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
  query AlertMetricPreview($project: String!, $metric: String!, $target: String) {
    alertMetricPreview(scope: PROJECT, project: $project, metric: $metric, target: $target) {
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

export const ProjectAlertRulesQuery = graphql(`
  query ProjectAlertRules($project: String!) {
    project(name: $project) {
      name
      viewerCanManageAlerting
    }
    alertRules(project: $project) {
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

export const ProjectAlertsQuery = graphql(`
  query ProjectAlerts($project: String!, $first: Int, $after: String) {
    alerts(project: $project, first: $first, after: $after) {
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
  subscription AlertsChanged($project: String!) {
    alertsChanged(project: $project) {
      alert {
        ...AlertItem_alert
      }
    }
  }
`);

export const ProjectSilencesQuery = graphql(`
  query ProjectSilences($project: String!) {
    alertSilences(project: $project) {
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

export const WorkspaceChannelsQuery = graphql(`
  query WorkspaceChannels($workspace: String!) {
    workspace(name: $workspace) {
      name
      viewerCanManageSettings
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
