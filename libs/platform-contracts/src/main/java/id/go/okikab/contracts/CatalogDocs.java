package id.go.okikab.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event documentation generated from an {@link EventCatalog}: a Markdown catalog and an
 * AsyncAPI 3.0 document (as a tree of maps and lists, for any JSON or YAML writer).
 */
public final class CatalogDocs {

  private CatalogDocs() {}

  /** The AsyncAPI 3.0 document of {@code catalog}. */
  public static Map<String, Object> asyncApi(EventCatalog catalog, String version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("asyncapi", "3.0.0");
    doc.put(
        "info",
        map(
            "title",
            "OKI Smart Regency Platform events",
            "version",
            version,
            "description",
            "Domain events the services of Kabupaten Ogan Komering Ilir publish to Kafka."
                + " CloudEvents 1.0 binary mode: attributes in record headers, JSON body,"
                + " record key = aggregate id. People appear only as subjectRef"
                + " (HMAC-SHA256 of the NIK). Generated from"
                + " libs/platform-events PlatformEvents; do not edit."));
    doc.put("defaultContentType", CloudEventHeaders.JSON);
    doc.put(
        "servers",
        map(
            "local",
            map(
                "host", "localhost:19092",
                "protocol", "kafka",
                "description", "the broker of ./oki up")));
    Map<String, Object> channels = new LinkedHashMap<>();
    Map<String, Object> operations = new LinkedHashMap<>();
    Map<String, Object> messages = new LinkedHashMap<>();
    for (EventCatalog.Topic topic : catalog.topics()) {
      Map<String, Object> channelMessages = new LinkedHashMap<>();
      List<Object> operationMessages = new ArrayList<>();
      for (EventCatalog.EventType type : catalog.typesOn(topic)) {
        channelMessages.put(type.name(), map("$ref", "#/components/messages/" + type.name()));
        operationMessages.add(
            map("$ref", "#/channels/" + topic.name() + "/messages/" + type.name()));
        messages.put(type.name(), message(type));
      }
      Map<String, Object> channel = new LinkedHashMap<>();
      channel.put("address", topic.name());
      channel.put(
          "description",
          topic.description()
              + (topic.restricted() ? " Restricted: specific personal data (health)." : "")
              + " Partitions: "
              + topic.partitions()
              + ". Dead letters: "
              + topic.deadLetterTopic()
              + ".");
      channel.put("messages", channelMessages);
      channels.put(topic.name(), channel);
      operations.put(
          "publish-" + topic.name(),
          map(
              "action",
              "send",
              "channel",
              map("$ref", "#/channels/" + topic.name()),
              "messages",
              operationMessages));
    }
    doc.put("channels", channels);
    doc.put("operations", operations);
    doc.put(
        "components",
        map("messages", messages, "schemas", map("CloudEventsHeaders", headersSchema())));
    return doc;
  }

  /** The Markdown event catalog. */
  public static String markdown(EventCatalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("# Event catalog\n\n");
    md.append(
        "Generated from `libs/platform-events` (`PlatformEvents.CATALOG`) by the catalog test;"
            + " do not edit. Regenerate with `./mvnw -pl libs/platform-events -am test"
            + " -Dtest=CatalogDocsTest -Doki.docs.update=true`. The same catalog produces"
            + " [asyncapi.yaml](asyncapi.yaml).\n\n");
    md.append("## Envelope\n\n");
    md.append(
        "CloudEvents 1.0, Kafka binary mode. Record key = aggregate id (an aggregate's events stay"
            + " in order on one partition); value = the event record as JSON.\n\n");
    md.append("| header | meaning |\n|---|---|\n");
    headerDocs()
        .forEach(
            (name, meaning) ->
                md.append("| `").append(name).append("` | ").append(meaning).append(" |\n"));
    md.append(
        "\nPeople are referred to by `subjectRef` = hex(HMAC-SHA256(platform secret, NIK)); no"
            + " NIK, KK number, name, address, phone or free text is ever in an event. Consumers"
            + " that give up on a record send it to `<topic>.dlq` with `dlq_*` headers (consumer,"
            + " error, attempts, original position).\n\n");
    md.append("## Topics\n\n");
    if (catalog.topics().isEmpty()) {
      md.append("No topics yet: each service's issue adds its own.\n");
      return md.toString();
    }
    md.append(
        "| topic | partitions | restricted | event types | description |\n|---|---|---|---|---|\n");
    for (EventCatalog.Topic topic : catalog.topics()) {
      md.append("| `")
          .append(topic.name())
          .append("` | ")
          .append(topic.partitions())
          .append(" | ")
          .append(topic.restricted() ? "yes" : "no")
          .append(" | ")
          .append(
              String.join(
                  ", ", catalog.typesOn(topic).stream().map(EventCatalog.EventType::name).toList()))
          .append(" | ")
          .append(topic.description())
          .append(" |\n");
    }
    for (EventCatalog.Topic topic : catalog.topics()) {
      md.append("\n## `")
          .append(topic.name())
          .append("`\n\n")
          .append(topic.description())
          .append("\n");
      for (EventCatalog.EventType type : catalog.typesOn(topic)) {
        md.append("\n### ").append(type.name()).append("\n\n");
        md.append("`ce_type`: `")
            .append(type.ceType())
            .append("` — ")
            .append(type.description())
            .append("\n\n");
        md.append("| field | type | required | description |\n|---|---|---|---|\n");
        for (RecordComponent component : type.javaType().getRecordComponents()) {
          Doc doc = component.getAnnotation(Doc.class);
          md.append("| `")
              .append(component.getName())
              .append("` | ")
              .append(typeName(component.getGenericType()))
              .append(" | ")
              .append(doc != null && doc.optional() ? "no" : "yes")
              .append(" | ")
              .append(doc == null ? "" : doc.value())
              .append(" |\n");
        }
      }
    }
    return md.toString();
  }

  private static Map<String, Object> message(EventCatalog.EventType type) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("name", type.name());
    message.put("title", type.ceType());
    message.put("summary", type.description());
    message.put("contentType", CloudEventHeaders.JSON);
    message.put("headers", map("$ref", "#/components/schemas/CloudEventsHeaders"));
    message.put("payload", schema(type.javaType()));
    message.put(
        "bindings",
        map(
            "kafka",
            map("key", map("type", "string", "description", "aggregate id (ce_subject)"))));
    return message;
  }

  private static Map<String, Object> headersSchema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    headerDocs()
        .forEach(
            (name, meaning) -> properties.put(name, map("type", "string", "description", meaning)));
    return map(
        "type",
        "object",
        "required",
        List.of(
            CloudEventHeaders.ID,
            CloudEventHeaders.TYPE,
            CloudEventHeaders.SOURCE,
            CloudEventHeaders.SUBJECT,
            CloudEventHeaders.TIME,
            CloudEventHeaders.SPECVERSION,
            CloudEventHeaders.CONTENT_TYPE),
        "properties",
        properties);
  }

  private static Map<String, String> headerDocs() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CloudEventHeaders.ID, "event id (UUID): the consumers' idempotency key");
    headers.put(CloudEventHeaders.TYPE, "`id.go.okikab.<context>.<EventName>.v<n>`");
    headers.put(CloudEventHeaders.SOURCE, "`/<service-name>`");
    headers.put(CloudEventHeaders.SUBJECT, "aggregate id (= record key)");
    headers.put(CloudEventHeaders.TIME, "when it happened (RFC 3339)");
    headers.put(CloudEventHeaders.SPECVERSION, "`1.0`");
    headers.put(CloudEventHeaders.CONTENT_TYPE, "`application/json`");
    headers.put(
        CloudEventHeaders.CORRELATION_ID,
        "the `X-Request-Id` of the request that caused it (optional)");
    headers.put(CloudEventHeaders.TRACEPARENT, "W3C trace context (optional)");
    return headers;
  }

  static Map<String, Object> schema(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return map("type", "array", "items", schema(arguments[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return map("type", "object", "additionalProperties", schema(arguments[1]));
      }
      return schema(raw);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return map("type", "string");
    }
    if (c == UUID.class) {
      return map("type", "string", "format", "uuid");
    }
    if (c == LocalDate.class) {
      return map("type", "string", "format", "date");
    }
    if (c == OffsetDateTime.class || c == Instant.class || c == ZonedDateTime.class) {
      return map("type", "string", "format", "date-time");
    }
    if (c == LocalDateTime.class) {
      return map("type", "string", "description", "local date-time without zone");
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return map("type", "integer", "format", "int32");
    }
    if (c == long.class || c == Long.class) {
      return map("type", "integer", "format", "int64");
    }
    if (c == double.class || c == Double.class || c == float.class || c == BigDecimal.class) {
      return map("type", "number");
    }
    if (c == boolean.class || c == Boolean.class) {
      return map("type", "boolean");
    }
    if (c.isEnum()) {
      return map(
          "type",
          "string",
          "enum",
          Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
    }
    if (c.isRecord()) {
      Map<String, Object> properties = new LinkedHashMap<>();
      List<String> required = new ArrayList<>();
      for (RecordComponent component : c.getRecordComponents()) {
        Map<String, Object> property = new LinkedHashMap<>(schema(component.getGenericType()));
        Doc doc = component.getAnnotation(Doc.class);
        if (doc != null) {
          property.put("description", doc.value());
        }
        if (doc == null || !doc.optional()) {
          required.add(component.getName());
        }
        properties.put(component.getName(), property);
      }
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", "object");
      schema.put("required", required);
      schema.put("properties", properties);
      return schema;
    }
    throw new IllegalArgumentException(
        "no schema mapping for " + c.getName() + " in event records");
  }

  private static String typeName(Type type) {
    Map<String, Object> schema = schema(type);
    Object base = schema.get("type");
    if ("array".equals(base)) {
      return "array of " + typeName(((ParameterizedType) type).getActualTypeArguments()[0]);
    }
    if (schema.containsKey("enum")) {
      return "one of " + schema.get("enum");
    }
    return schema.containsKey("format")
        ? base + " (" + schema.get("format") + ")"
        : String.valueOf(base);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
