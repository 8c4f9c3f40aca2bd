package id.go.okikab.platform.events;

import id.go.okikab.contracts.EventCatalog;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the catalog's topics and their dead-letter topics at start when {@code
 * oki.topics.create-at-start=true} (dev and test profiles). In production, operators provision
 * topics (partitions, replication, ACLs for the restricted health topics) from the catalog.
 */
@ApplicationScoped
public class TopicBootstrap {

  private static final Logger LOG = Logger.getLogger(TopicBootstrap.class);

  void createTopics(
      @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup,
      EventsConfig.Topics config,
      EventCatalog catalog,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
    if (!config.createAtStart()) {
      return;
    }
    Properties properties = KafkaSettings.of(kafkaConfig, AdminClientConfig.configNames());
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    try (Admin admin = Admin.create(properties)) {
      Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (EventCatalog.Topic topic : catalog.topics()) {
        if (!existing.contains(topic.name())) {
          missing.add(new NewTopic(topic.name(), topic.partitions(), (short) -1));
        }
        if (!existing.contains(topic.deadLetterTopic())) {
          missing.add(new NewTopic(topic.deadLetterTopic(), 1, (short) -1));
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        LOG.infof("created %d topics", missing.size());
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        LOG.warnf("could not create the catalog's topics: %s", e.getCause().toString());
      }
    } catch (Exception e) {
      LOG.warnf(e, "could not create the catalog's topics");
    }
  }
}
