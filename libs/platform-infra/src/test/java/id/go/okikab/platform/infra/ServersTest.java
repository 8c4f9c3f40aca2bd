package id.go.okikab.platform.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The launchers start real servers that serve clients, and stop them without leftovers. */
class ServersTest {

  @Test
  void postgresServesQueriesAndLeavesNothingBehind() throws Exception {
    var dir = ServerDirs.newEphemeral("pg");
    try (PostgresServer pg =
        PostgresServer.start(new PostgresServer.Options(dir, Ports.free(), true))) {
      pg.createDatabase("smoke");
      pg.createDatabase("smoke"); // idempotent
      try (Connection c =
              DriverManager.getConnection(
                  pg.jdbcUrl("smoke"), PostgresServer.USER, PostgresServer.PASSWORD);
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT current_database(), version()")) {
        assertTrue(rs.next());
        assertEquals("smoke", rs.getString(1));
        assertTrue(rs.getString(2).startsWith("PostgreSQL"), rs.getString(2));
      }
      assertFalse(Ports.isFree(pg.port()));
    }
    assertFalse(dir.toFile().exists(), "ephemeral data directory deleted");
  }

  @Test
  void kafkaBrokerRoundTripsAndComesBackAfterAStop() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start(KafkaBroker.Options.temporary())) {
      broker.createTopics(List.of(new KafkaBroker.TopicSpec("smoke.test.v1", 2)));
      send(broker, "before");
      int port = broker.port();
      broker.stop();
      assertTrue(Ports.isFree(port), "broker port released");
      broker.start();
      send(broker, "after");
      assertEquals(List.of("before", "after"), readAll(broker));
    }
  }

  private static void send(KafkaBroker broker, String value) throws Exception {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (var producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>("smoke.test.v1", "k", value)).get(30, TimeUnit.SECONDS);
    }
  }

  private static List<String> readAll(KafkaBroker broker) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "smoke");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("smoke.test.v1"));
      var values = new java.util.ArrayList<String>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < 2 && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
      }
      return values;
    }
  }
}
