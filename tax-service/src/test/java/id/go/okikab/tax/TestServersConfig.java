package id.go.okikab.tax;

import id.go.okikab.platform.testing.KafkaResource;
import id.go.okikab.platform.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs on real PostgreSQL and Kafka. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
final class TestServersConfig {
  private TestServersConfig() {}
}
