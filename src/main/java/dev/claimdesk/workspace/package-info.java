/**
 * The agents' workspace: the task list (queues, filters, SLA badges, claiming), the claim view (the whole claim on
 * one page: fields, order and bill data, the mail thread, the audit trail, where its process stands) and the task
 * forms rendered from the Camunda Forms in forms/. Pages only: the work itself goes through the tasks, claims, mail,
 * orders and billing modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace")
package dev.claimdesk.workspace;
