package dev.claimdesk.support;

import static org.awaitility.Awaitility.await;

import dev.claimdesk.platform.EngineTime;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.context.TestComponent;

/**
 * Process tests on the embedded engine: moves the engine's and the application's clocks together (no sleeping), and
 * asserts from the engine's record stream (thread-safe, unlike BpmnAssert) with Awaitility (the engine never goes
 * idle while workers poll).
 */
@TestComponent
public class ProcessTestHarness {

    /** Generous: on a busy shared machine the in-memory engine can take tens of seconds to get through a step. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final EngineTime time;
    private final ZeebeTestEngine engine;

    public ProcessTestHarness(EngineTime time) {
        this.time = time;
        this.engine = time.embeddedEngine()
                .orElseThrow(() -> new IllegalStateException("process tests need the embedded engine"));
    }

    /** Moves engine and application time forward; due timers fire. */
    public void advance(Duration duration) {
        time.advance(duration);
    }

    public Stream<Record<ProcessInstanceRecordValue>> elementRecords(long processInstanceKey) {
        return records()
                .filter(r -> r.getValueType() == ValueType.PROCESS_INSTANCE)
                .map(r -> (Record<ProcessInstanceRecordValue>) (Record<?>) r)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey);
    }

    /** Ids of the elements the instance has completed, in order. */
    public List<String> completedElements(long processInstanceKey) {
        return elementRecords(processInstanceKey)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .map(r -> r.getValue().getElementId())
                .toList();
    }

    public boolean hasCompleted(long processInstanceKey, String elementId) {
        return completedElements(processInstanceKey).contains(elementId);
    }

    public boolean isActive(long processInstanceKey, String elementId) {
        long activated = count(processInstanceKey, elementId, ProcessInstanceIntent.ELEMENT_ACTIVATED);
        long ended = count(processInstanceKey, elementId, ProcessInstanceIntent.ELEMENT_COMPLETED)
                + count(processInstanceKey, elementId, ProcessInstanceIntent.ELEMENT_TERMINATED);
        return activated > ended;
    }

    public boolean isEnded(long processInstanceKey) {
        return elementRecords(processInstanceKey)
                .anyMatch(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS
                        && (r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                                || r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED));
    }

    /** The latest value of a process variable (as JSON text), if it was set. */
    public java.util.Optional<String> variable(long processInstanceKey, String name) {
        return records()
                .filter(r -> r.getValueType() == ValueType.VARIABLE)
                .map(r -> (io.camunda.zeebe.protocol.record.value.VariableRecordValue) r.getValue())
                .filter(v -> v.getProcessInstanceKey() == processInstanceKey
                        && v.getName().equals(name))
                .map(io.camunda.zeebe.protocol.record.value.VariableRecordValue::getValue)
                .reduce((first, second) -> second);
    }

    /** Keys of the process instances in which the variable was ever set to this value (JSON text). */
    public java.util.Set<Long> processInstancesWith(String name, String jsonValue) {
        return records()
                .filter(r -> r.getValueType() == ValueType.VARIABLE)
                .map(r -> (io.camunda.zeebe.protocol.record.value.VariableRecordValue) r.getValue())
                .filter(v -> v.getName().equals(name) && v.getValue().equals(jsonValue))
                .map(io.camunda.zeebe.protocol.record.value.VariableRecordValue::getProcessInstanceKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Waits for a second instance in which the variable was set to this value besides {@code first} (a start that came
     * after the first ended) and returns its key once it has ended.
     */
    public long awaitEndedNewcomer(String name, String jsonValue, long first) {
        long newcomer = org.awaitility.Awaitility.await()
                .atMost(TIMEOUT)
                .until(() -> processInstancesWith(name, jsonValue), keys -> keys.size() == 2)
                .stream()
                .filter(k -> k != first)
                .findFirst()
                .orElseThrow();
        awaitEnded(newcomer);
        return newcomer;
    }

    /** Error messages of the incidents raised for the instance. */
    public List<String> incidents(long processInstanceKey) {
        return records()
                .filter(r -> r.getValueType() == ValueType.INCIDENT && r.getIntent() == IncidentIntent.CREATED)
                .map(r -> (IncidentRecordValue) r.getValue())
                .filter(v -> v.getProcessInstanceKey() == processInstanceKey)
                .map(IncidentRecordValue::getErrorMessage)
                .toList();
    }

    /** An incident's key and the key of the job it is about (to retry the job and resolve the incident). */
    public record Incident(long key, long jobKey, String message) {}

    public List<Incident> incidentRecords(long processInstanceKey) {
        return records()
                .filter(r -> r.getValueType() == ValueType.INCIDENT && r.getIntent() == IncidentIntent.CREATED)
                .filter(r -> ((IncidentRecordValue) r.getValue()).getProcessInstanceKey() == processInstanceKey)
                .map(r -> new Incident(
                        r.getKey(),
                        ((IncidentRecordValue) r.getValue()).getJobKey(),
                        ((IncidentRecordValue) r.getValue()).getErrorMessage()))
                .toList();
    }

    public void awaitCompleted(long processInstanceKey, String elementId) {
        await().atMost(TIMEOUT).until(() -> hasCompleted(processInstanceKey, elementId));
    }

    public void awaitActive(long processInstanceKey, String elementId) {
        await().atMost(TIMEOUT).until(() -> isActive(processInstanceKey, elementId));
    }

    public void awaitEnded(long processInstanceKey) {
        await().atMost(TIMEOUT).until(() -> isEnded(processInstanceKey));
    }

    public void awaitIncident(long processInstanceKey) {
        await().atMost(TIMEOUT).until(() -> !incidents(processInstanceKey).isEmpty());
    }

    private long count(long processInstanceKey, String elementId, ProcessInstanceIntent intent) {
        return elementRecords(processInstanceKey)
                .filter(r ->
                        r.getIntent() == intent && r.getValue().getElementId().equals(elementId))
                .count();
    }

    private Stream<Record<?>> records() {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false);
    }
}
