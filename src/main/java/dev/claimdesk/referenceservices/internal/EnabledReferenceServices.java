package dev.claimdesk.referenceservices.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Present only while {@code claimdesk.reference-services.enabled} is true (the default). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(name = "claimdesk.reference-services.enabled", havingValue = "true", matchIfMissing = true)
@interface EnabledReferenceServices {}
