package id.go.okikab.contracts;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every topic and event type of the platform, in one place. The outbox refuses to publish a type
 * that is not here, consumers resolve {@code ce_type} through it, topics are created from it, and
 * the event documentation ({@code docs/events.md}) and AsyncAPI document ({@code
 * docs/asyncapi.yaml}) are generated from it.
 *
 * <p>The platform's catalog is {@link PlatformEvents#CATALOG}.
 */
public final class EventCatalog {

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern EVENT_NAME = Pattern.compile("[A-Z][A-Za-z0-9]+");

  /**
   * A topic {@code <context>.<aggregate>.v<version>}.
   *
   * @param restricted carries specific personal data (health): separate ACLs, shown only to the
   *     roles allowed to see it
   */
  public record Topic(
      String context,
      String aggregate,
      int version,
      int partitions,
      boolean restricted,
      String description) {

    public Topic {
      require(KEBAB.matcher(context).matches(), "context must be lowercase kebab: " + context);
      require(
          KEBAB.matcher(aggregate).matches(), "aggregate must be lowercase kebab: " + aggregate);
      require(version >= 1, "version starts at 1");
      require(partitions >= 1, "at least one partition");
      Objects.requireNonNull(description, "description");
    }

    /** {@code <context>.<aggregate>.v<version>} */
    public String name() {
      return context + "." + aggregate + ".v" + version;
    }

    /** The dead-letter topic of this topic's consumers: {@code <topic>.dlq}. */
    public String deadLetterTopic() {
      return name() + ".dlq";
    }
  }

  /**
   * An event type: its Java record, the topic it is published on, its CloudEvents type.
   *
   * @param name past tense, no "Event" suffix
   */
  public record EventType(
      Class<? extends DomainEvent> javaType, Topic topic, String name, String description) {

    public EventType {
      require(javaType.isRecord(), javaType.getName() + " must be a record");
      require(EVENT_NAME.matcher(name).matches(), "event name must be UpperCamelCase: " + name);
      require(!name.endsWith("Event"), "event names carry no Event suffix: " + name);
      Objects.requireNonNull(description, "description");
    }

    /** {@code id.go.okikab.<context>.<EventName>.v<version>} */
    public String ceType() {
      return "id.go.okikab." + topic.context() + "." + name + ".v" + topic.version();
    }
  }

  private final Map<String, Topic> topics;
  private final Map<Class<?>, EventType> byJavaType;
  private final Map<String, EventType> byCeType;

  private EventCatalog(
      Map<String, Topic> topics,
      Map<Class<?>, EventType> byJavaType,
      Map<String, EventType> byCeType) {
    this.topics = Collections.unmodifiableMap(topics);
    this.byJavaType = Collections.unmodifiableMap(byJavaType);
    this.byCeType = Collections.unmodifiableMap(byCeType);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this catalog's entries, to extend it (tests add their own fixtures). */
  public Builder toBuilder() {
    Builder builder = new Builder();
    topics.values().forEach(builder::topic);
    byJavaType.values().forEach(t -> builder.type(t.javaType(), t.topic(), t.description()));
    return builder;
  }

  public Collection<Topic> topics() {
    return topics.values();
  }

  public Collection<EventType> types() {
    return byJavaType.values();
  }

  public Optional<Topic> topic(String name) {
    return Optional.ofNullable(topics.get(name));
  }

  public Optional<EventType> forJavaType(Class<?> javaType) {
    return Optional.ofNullable(byJavaType.get(javaType));
  }

  public Optional<EventType> forCeType(String ceType) {
    return Optional.ofNullable(byCeType.get(ceType));
  }

  /** The types published on {@code topic}, in catalog order. */
  public List<EventType> typesOn(Topic topic) {
    return byJavaType.values().stream().filter(t -> t.topic().equals(topic)).toList();
  }

  /** Builds a catalog; rejects duplicates and types on topics it does not list. */
  public static final class Builder {
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<Class<?>, EventType> byJavaType = new LinkedHashMap<>();
    private final Map<String, EventType> byCeType = new LinkedHashMap<>();

    private Builder() {}

    public Builder topic(Topic topic) {
      require(!topics.containsKey(topic.name()), "topic listed twice: " + topic.name());
      topics.put(topic.name(), topic);
      return this;
    }

    /** Adds an event type named after its record's simple name. */
    public Builder type(Class<? extends DomainEvent> javaType, Topic topic, String description) {
      require(topics.containsKey(topic.name()), "add topic " + topic.name() + " first");
      EventType type = new EventType(javaType, topic, javaType.getSimpleName(), description);
      require(!byJavaType.containsKey(javaType), "type listed twice: " + javaType.getName());
      require(!byCeType.containsKey(type.ceType()), "ce_type listed twice: " + type.ceType());
      byJavaType.put(javaType, type);
      byCeType.put(type.ceType(), type);
      return this;
    }

    public EventCatalog build() {
      return new EventCatalog(
          new LinkedHashMap<>(topics),
          new LinkedHashMap<>(byJavaType),
          new LinkedHashMap<>(byCeType));
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
