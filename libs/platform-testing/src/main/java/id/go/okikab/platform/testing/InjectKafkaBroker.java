package id.go.okikab.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the test JVM's {@link TestServers.Kafka} (to stop and restart the broker) into a test
 * field, when {@link KafkaResource} is active.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectKafkaBroker {}
