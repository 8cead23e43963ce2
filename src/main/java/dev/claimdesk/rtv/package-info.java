/**
 * Wrong-return RTV: the seller's RTV request for a returned order item, the warehouse staff's pickup and on-site
 * appeal (with photos), the 5-working-day claim window and the link to the wrong-return claim that follows
 * (bpmn/WrongReturnRtv.bpmn).
 */
@org.springframework.modulith.ApplicationModule(displayName = "RTV")
package dev.claimdesk.rtv;
