package id.go.okikab.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads of the citizen timeline. */
@ApplicationScoped
public class TimelineQueries {

  /** One event in a person's timeline. */
  public record Item(
      UUID eventId,
      OffsetDateTime occurredAt,
      String event,
      String title,
      String role,
      String source,
      String topic,
      String aggregateId,
      @Schema(type = SchemaType.OBJECT, description = "the event body as JSON") JsonNode data) {}

  private static final ResourceBundle TITLES = ResourceBundle.getBundle("timeline-titles");

  private final EntityManager entityManager;
  private final ObjectMapper json;

  TimelineQueries(EntityManager entityManager, ObjectMapper json) {
    this.entityManager = entityManager;
    this.json = json;
  }

  @SuppressWarnings("unchecked")
  public Page<Item> of(String subjectRef, PageRequest paging) {
    long total =
        ((Number)
                entityManager
                    .createNativeQuery("SELECT count(*) FROM timeline_entry WHERE subject_ref = ?1")
                    .setParameter(1, subjectRef)
                    .getSingleResult())
            .longValue();
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT event_id, occurred_at, event_name, role, source, topic, aggregate_id,"
                    + " CAST(data AS text) FROM timeline_entry WHERE subject_ref = ?1"
                    + " ORDER BY occurred_at DESC, event_id DESC OFFSET ?2 LIMIT ?3")
            .setParameter(1, subjectRef)
            // a long offset (JPA's setFirstResult takes an int: a far page would overflow it)
            .setParameter(2, paging.offset())
            .setParameter(3, paging.size())
            .getResultList();
    List<Item> items = new ArrayList<>();
    for (Object[] row : rows) {
      String name = (String) row[2];
      items.add(
          new Item(
              (UUID) row[0],
              toOffset(row[1]),
              name,
              TITLES.containsKey(name) ? TITLES.getString(name) : name,
              (String) row[3],
              (String) row[4],
              (String) row[5],
              (String) row[6],
              parse((String) row[7])));
    }
    return Page.of(items, paging, total);
  }

  private JsonNode parse(String data) {
    try {
      return json.readTree(data);
    } catch (Exception e) {
      return json.nullNode();
    }
  }

  private static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(java.time.ZoneOffset.UTC);
    }
    return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
  }
}
