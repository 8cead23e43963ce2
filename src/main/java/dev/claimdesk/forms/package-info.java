/**
 * Camunda Forms (the JSON files in forms/): parsed into a model the back office renders, and a validator that
 * enforces the same constraints on the server that the form declares (required, length, range, pattern).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms")
package dev.claimdesk.forms;
