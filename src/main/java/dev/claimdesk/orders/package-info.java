/**
 * The marketplace's order service, as job workers and other modules see it: orders with their items and status
 * histories, a shop's orders, shops and their registered seller addresses, and cancelling an item as non-OOS. The
 * service is reached over HTTP (claimdesk.orders.*); the bundled reference service stands in by default.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package dev.claimdesk.orders;
