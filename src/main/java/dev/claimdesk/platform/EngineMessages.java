package dev.claimdesk.platform;

import java.time.Duration;
import java.util.Map;

/**
 * Messages to the engine that must reach it even if it is down when they are sent (ADR 0140): a claim raised for a
 * waiting RTV case, its decision, an appeal claim for a counterfeit finding. The message is stored with the
 * transaction that makes it true, so it exists if and only if that commits; it is published after the commit and again
 * until the engine has it.
 */
public interface EngineMessages {

    /**
     * Publishes the message once the current transaction commits (at once if there is none). {@code messageId} names
     * it: the same id sent twice is one message, here and in the engine.
     */
    void publishAfterCommit(
            String name, String correlationKey, String messageId, Duration timeToLive, Map<String, Object> variables);
}
