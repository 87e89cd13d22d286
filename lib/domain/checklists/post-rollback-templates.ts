import type { ChecklistTemplateContent } from "./checklist-template";

export const POST_ROLLBACK_TEMPLATE_KEY = "post-rollback";
export const ROLLBACK_VERIFICATION_TEMPLATE_KEY = "rollback-verification";
export const SUCCESS_CRITERIA_TEMPLATE_KEY = "success-criteria";

/** The checklists an incident gets when service is restored, in the order they appear. */
export const RESTORED_TEMPLATE_KEYS = [POST_ROLLBACK_TEMPLATE_KEY, ROLLBACK_VERIFICATION_TEMPLATE_KEY, SUCCESS_CRITERIA_TEMPLATE_KEY] as const;

const WEEK_HOURS = 24 * 7;

/** Seed 000, "Post-Rollback Checklist": due times count from the moment service was restored. */
export const POST_ROLLBACK_CHECKLIST: ChecklistTemplateContent = {
  name: "Post-rollback checklist",
  groups: [
    {
      title: "Immediate",
      dueWithinHours: 1,
      items: [
        { text: "Verify all systems operational", autoCheck: "systems_verified" },
        { text: "Check monitoring dashboards" },
        { text: "Review error logs" },
        { text: "Test critical user journeys" },
        { text: "Notify stakeholders" },
        { text: "Document issues encountered" },
      ],
    },
    {
      title: "Short-term",
      dueWithinHours: 24,
      items: [
        { text: "Root cause analysis" },
        { text: "Update rollback procedures" },
        { text: "Plan fixes for issues" },
        { text: "Schedule retrospective" },
        { text: "Communicate with users" },
        { text: "Review monitoring alerts" },
      ],
    },
    {
      title: "Long-term",
      dueWithinHours: WEEK_HOURS,
      items: [
        { text: "Implement permanent fixes" },
        { text: "Update deployment procedures" },
        { text: "Enhance testing coverage" },
        { text: "Train team on lessons learned" },
        { text: "Update documentation" },
        { text: "Plan re-deployment" },
      ],
    },
  ],
};

/** Seed 004, "Rollback Verification Checklist": after any rollback, verify. */
export const ROLLBACK_VERIFICATION_CHECKLIST: ChecklistTemplateContent = {
  name: "Rollback verification checklist",
  groups: [
    {
      title: "After any rollback, verify",
      dueWithinHours: 1,
      items: [
        { text: "All services are running", autoCheck: "services_running" },
        { text: "Database is accessible and consistent", autoCheck: "data_intact" },
        { text: "API endpoints respond correctly", autoCheck: "critical_flows" },
        { text: "Frontend loads and functions" },
        { text: "User authentication works" },
        { text: "Payment processing functions" },
        { text: "Integrations are connected" },
        { text: "Background jobs are processing" },
        { text: "Monitoring is active", autoCheck: "monitoring_active" },
        { text: "Logs are being written" },
        { text: "No data loss occurred", autoCheck: "data_intact" },
        { text: "Performance is acceptable", autoCheck: "performance_restored" },
        { text: "Security measures are active" },
      ],
    },
  ],
};

/** Seed 003, "Success Criteria": when a rollback is successful, and when it is complete. */
export const SUCCESS_CRITERIA_CHECKLIST: ChecklistTemplateContent = {
  name: "Success and completion criteria",
  groups: [
    {
      title: "Rollback is successful when",
      dueWithinHours: 1,
      items: [
        { text: "Application starts and responds to health checks", autoCheck: "services_running" },
        { text: "Critical user flows work (authentication, navigation)", autoCheck: "critical_flows" },
        { text: "No new errors in logs" },
        { text: "Performance returns to acceptable levels", autoCheck: "performance_restored" },
        { text: "Database integrity is maintained", autoCheck: "data_intact" },
        { text: "All stakeholders are informed" },
      ],
    },
    {
      title: "Rollback is complete when",
      dueWithinHours: WEEK_HOURS,
      items: [
        { text: "Issue is documented with root cause" },
        { text: "Fix is planned and scheduled" },
        { text: "Monitoring is in place for similar issues" },
        { text: "Team is briefed on lessons learned" },
        { text: "Process improvements are identified" },
      ],
    },
  ],
};
