package id.go.okikab.gateway.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.CloudEventHeaders;
import id.go.okikab.contracts.EventCatalog;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The live event feed: every record of every platform topic as it arrives, broadcast to the
 * connected operators. Each gateway instance reads with its own consumer group from the latest
 * offset (a shared group would give each replica only its share of the partitions). Nothing is
 * stored, so this consumer does not go through the inbox; a redelivered record is shown again.
 */
@ApplicationScoped
public class LiveFeedConsumer {

  /** The channel (see application.properties): a consumer group of this instance alone. */
  public static final String CHANNEL = "live-feed";

  /** One event as the feed shows it: its CloudEvents attributes, where it is, its body. */
  public record FeedEvent(
      String id,
      String type,
      String event,
      String source,
      String subject,
      String time,
      String correlationId,
      String topic,
      int partition,
      long offset,
      boolean restricted,
      @Schema(type = SchemaType.OBJECT, description = "the event body as JSON") JsonNode data) {}

  private final BroadcastProcessor<FeedEvent> processor = BroadcastProcessor.create();
  private final EventCatalog catalog;
  private final ObjectMapper json;

  LiveFeedConsumer(EventCatalog catalog, ObjectMapper json) {
    this.catalog = catalog;
    this.json = json;
  }

  @Incoming(CHANNEL)
  public void onRecord(ConsumerRecord<String, String> record) {
    String type = header(record, CloudEventHeaders.TYPE);
    var known =
        type == null ? java.util.Optional.<EventCatalog.EventType>empty() : catalog.forCeType(type);
    boolean restricted =
        known
            .map(t -> t.topic().restricted())
            .orElseGet(
                () ->
                    catalog.topic(record.topic()).map(EventCatalog.Topic::restricted).orElse(true));
    JsonNode data;
    try {
      data = record.value() == null ? json.nullNode() : json.readTree(record.value());
    } catch (Exception unreadable) {
      data = json.getNodeFactory().textNode("(not JSON)");
    }
    processor.onNext(
        new FeedEvent(
            header(record, CloudEventHeaders.ID),
            type,
            known.map(EventCatalog.EventType::name).orElse(null),
            header(record, CloudEventHeaders.SOURCE),
            header(record, CloudEventHeaders.SUBJECT),
            header(record, CloudEventHeaders.TIME),
            header(record, CloudEventHeaders.CORRELATION_ID),
            record.topic(),
            record.partition(),
            record.offset(),
            restricted,
            data));
  }

  /**
   * Events from now on; a subscriber that cannot keep up loses events rather than slowing others.
   */
  public Multi<FeedEvent> stream() {
    return processor.onOverflow().drop();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
