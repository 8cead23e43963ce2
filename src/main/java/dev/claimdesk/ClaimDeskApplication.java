package dev.claimdesk;

import io.camunda.client.annotation.Deployment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ClaimDesk: the claims back office. Every process model in bpmn/ and every form in forms/ is deployed at startup. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Deployment(resources = {"classpath*:/bpmn/**/*.bpmn", "classpath*:/bpmn/**/*.dmn", "classpath*:/forms/**/*.form"})
public class ClaimDeskApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(ClaimDeskApplication.class, args);
        } catch (RuntimeException alreadyReported) {
            // Spring has reported the failure; end the JVM, whose embedded servers would otherwise keep it alive
            System.exit(1);
        }
    }
}
