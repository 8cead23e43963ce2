/**
 * Human tasks: the processes' job-based user tasks, projected into the task table, and worked from there (claim,
 * unclaim, assign, complete with validated form data). See docs/adr/0006-job-based-user-tasks.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package dev.claimdesk.tasks;
