package id.go.okikab.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.util.Map;

/**
 * Points the service at a real Kafka broker ({@link TestServers#kafka()}) and injects a {@link
 * KafkaCompanion} into {@code @InjectKafkaCompanion} fields and the broker itself into
 * {@code @InjectKafkaBroker} fields.
 *
 * <pre>
 * &#64;WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
 * </pre>
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

  private KafkaCompanion companion;

  @Override
  public Map<String, String> start() {
    TestServers.Kafka kafka = TestServers.kafka();
    companion = new KafkaCompanion(kafka.bootstrapServers());
    return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        companion,
        new TestInjector.AnnotatedAndMatchesType(InjectKafkaCompanion.class, KafkaCompanion.class));
    injector.injectIntoFields(
        TestServers.kafka(),
        new TestInjector.AnnotatedAndMatchesType(InjectKafkaBroker.class, TestServers.Kafka.class));
  }

  @Override
  public void stop() {
    if (companion != null) {
      companion.close();
    }
  }
}
