package id.go.okikab.gateway.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.events.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The citizen timeline: every event about a person, whatever agency published it. By the platform's
 * event contract a field whose name ends in {@code Ref} holds a subjectRef, so an event becomes one
 * timeline entry per person it names (a birth: the child, the mother, the father) without a mapping
 * per event type.
 */
@ApplicationScoped
public class TimelineProjection implements ReadModelProjection {

  private static final Pattern SUBJECT_REF = Pattern.compile("[0-9a-f]{64}");

  private final EntityManager entityManager;
  private final ObjectMapper json;
  private final Clock clock;

  TimelineProjection(EntityManager entityManager, ObjectMapper json, Clock clock) {
    this.entityManager = entityManager;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void apply(IncomingEvent event) {
    JsonNode body = json.valueToTree(event.payload());
    String data;
    try {
      data = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    OffsetDateTime occurredAt = event.time() != null ? event.time() : OffsetDateTime.now(clock);
    for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getKey().endsWith("Ref") || !field.getValue().isTextual()) {
        continue;
      }
      String ref = field.getValue().asText();
      if (!SUBJECT_REF.matcher(ref).matches()) {
        continue;
      }
      entityManager
          .createNativeQuery(
              "INSERT INTO timeline_entry (subject_ref, event_id, role, occurred_at, topic,"
                  + " event_type, event_name, source, aggregate_id, restricted, data)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, CAST(?11 AS jsonb))"
                  + " ON CONFLICT DO NOTHING")
          .setParameter(1, ref)
          .setParameter(2, event.id())
          .setParameter(3, field.getKey())
          .setParameter(4, occurredAt)
          .setParameter(5, event.topic())
          .setParameter(6, event.type().ceType())
          .setParameter(7, event.type().name())
          .setParameter(8, event.source() == null ? "" : event.source())
          .setParameter(9, event.subject() == null ? "" : event.subject())
          .setParameter(10, event.type().topic().restricted())
          .setParameter(11, data)
          .executeUpdate();
    }
  }

  @Override
  public List<String> tables() {
    return List.of("timeline_entry");
  }
}
