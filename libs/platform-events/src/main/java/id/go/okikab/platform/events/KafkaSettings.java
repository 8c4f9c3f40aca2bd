package id.go.okikab.platform.events;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The service's Kafka client settings ({@code kafka.*}: bootstrap servers, security) for the
 * clients the platform creates itself (the outbox relay's producer, the inbox's dead-letter
 * producer, topic creation), keeping only the keys the client type knows so it logs no warnings.
 */
public final class KafkaSettings {

  private KafkaSettings() {}

  /**
   * @param base the service's settings ({@code @Identifier("default-kafka-broker")})
   * @param known the client type's keys, e.g. {@code ProducerConfig.configNames()}
   */
  public static Properties of(Map<String, Object> base, Set<String> known) {
    Properties properties = new Properties();
    base.forEach(
        (key, value) -> {
          if (known.contains(key)) {
            properties.put(key, value);
          }
        });
    return properties;
  }
}
