package dev.claimdesk.tasks.internal;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Task names as the process models give them (jobs carry only element ids); read from the bpmn and bpmn-test folders. */
@Component
class TaskNames {

    private final Map<String, String> names = new HashMap<>();

    TaskNames() throws IOException {
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn*/**/*.bpmn")) {
            try (var in = r.getInputStream()) {
                var model = Bpmn.readModelFromStream(in);
                for (Process process : model.getModelElementsByType(Process.class)) {
                    for (FlowElement element : process.getFlowElements()) {
                        if (element.getName() != null) {
                            names.put(
                                    process.getId() + "/" + element.getId(),
                                    element.getName().replaceAll("\\s+", " "));
                        }
                    }
                }
            }
        }
    }

    String nameOf(String processId, String elementId) {
        return names.getOrDefault(processId + "/" + elementId, elementId);
    }
}
