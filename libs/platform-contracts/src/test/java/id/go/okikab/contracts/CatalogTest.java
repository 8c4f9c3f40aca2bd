package id.go.okikab.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.contracts.fixture.ParcelEvents;
import id.go.okikab.contracts.fixture.ParcelEvents.ParcelLost;
import id.go.okikab.contracts.fixture.ParcelEvents.ParcelMoved;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog is complete, well named, and keeps personal data out of events. */
class CatalogTest {

  @Test
  void everyEventRecordOfThePlatformIsInTheCatalog() throws Exception {
    List<Class<?>> records = eventRecordsIn(classesOf(DomainEvent.class));
    assertThat(CatalogCheck.uncatalogued(records, PlatformEvents.CATALOG))
        .as("event records missing from PlatformEvents.CATALOG")
        .isEmpty();
  }

  /** One sealed interface per aggregate: its permitted records are exactly its topic's types. */
  @Test
  void eachTopicsTypesAreThePermittedRecordsOfOneSealedInterface() {
    for (EventCatalog.Topic topic : PlatformEvents.CATALOG.topics()) {
      List<Class<?>> types =
          PlatformEvents.CATALOG.typesOn(topic).stream()
              .<Class<?>>map(EventCatalog.EventType::javaType)
              .toList();
      assertThat(types).as("types on %s", topic.name()).isNotEmpty();
      List<Class<?>> sealedParents =
          java.util.Arrays.stream(types.get(0).getInterfaces())
              .filter(Class::isSealed)
              .filter(DomainEvent.class::isAssignableFrom)
              .toList();
      assertThat(sealedParents).as("%s's sealed aggregate interface", types.get(0)).hasSize(1);
      assertThat(List.of(sealedParents.get(0).getPermittedSubclasses()))
          .as("records permitted by %s (topic %s)", sealedParents.get(0), topic.name())
          .containsExactlyInAnyOrderElementsOf(types);
    }
  }

  @Test
  void theCatalogIsComposedOfEveryContextInTheServiceList() {
    assertThat(
            PlatformEvents.CATALOG.topics().stream()
                .map(EventCatalog.Topic::context)
                .distinct()
                .toList())
        .containsExactly(
            "civil-registry", "communication", "health", "marketplace", "permits", "tax");
  }

  @Test
  void theCheckFindsARecordMissingFromACatalog() {
    assertThat(
            CatalogCheck.uncatalogued(
                List.of(ParcelMoved.class, ParcelLost.class, String.class), ParcelEvents.CATALOG))
        .containsExactly(ParcelLost.class);
  }

  @Test
  void noCataloguedEventHasAFieldForPersonalData() {
    assertThat(CatalogCheck.personalDataFields(PlatformEvents.CATALOG)).isEmpty();
    assertThat(CatalogCheck.personalDataFields(ParcelEvents.CATALOG)).isEmpty();
  }

  record Leaky(String residentId, String nik, Place place) implements DomainEvent {
    @Override
    public String aggregateId() {
      return residentId;
    }
  }

  record Place(String desaCode, String address) {}

  @Test
  void theCheckFindsFieldsThatWouldCarryPersonalData() {
    EventCatalog.Topic topic = new EventCatalog.Topic("check", "leak", 1, 1, false, "test");
    EventCatalog leaky =
        EventCatalog.builder().topic(topic).type(Leaky.class, topic, "leaks").build();
    assertThat(CatalogCheck.personalDataFields(leaky))
        .containsExactly("Leaky.nik", "Leaky.place.address");
  }

  @Test
  void namesFollowThePlatformConventions() {
    EventCatalog.Topic births =
        new EventCatalog.Topic("civil-registry", "birth", 1, 3, false, "births");
    assertThat(births.name()).isEqualTo("civil-registry.birth.v1");
    assertThat(births.deadLetterTopic()).isEqualTo("civil-registry.birth.v1.dlq");
    assertThatThrownBy(() -> new EventCatalog.Topic("CivilRegistry", "birth", 1, 3, false, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventCatalog.Topic("civil-registry", "birth", 0, 3, false, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventCatalog.builder().topic(births).topic(births).build())
        .hasMessageContaining("listed twice");
    assertThatThrownBy(
            () -> EventCatalog.builder().type(ParcelMoved.class, births, "not listed").build())
        .hasMessageContaining("add topic civil-registry.birth.v1 first");
    EventCatalog.Topic parcels = ParcelEvents.PARCELS;
    assertThat(ParcelEvents.CATALOG.forJavaType(ParcelMoved.class).orElseThrow().ceType())
        .isEqualTo("id.go.okikab.fixture.ParcelMoved.v1");
    assertThat(ParcelEvents.CATALOG.forCeType("id.go.okikab.fixture.ParcelMoved.v1"))
        .map(EventCatalog.EventType::javaType)
        .contains(ParcelMoved.class);
    assertThat(ParcelEvents.CATALOG.typesOn(parcels)).hasSize(2);
  }

  record SomethingHappenedEvent(String id) implements DomainEvent {
    @Override
    public String aggregateId() {
      return id;
    }
  }

  @Test
  void eventNamesArePastTenseWithoutAnEventSuffix() {
    EventCatalog.Topic topic = new EventCatalog.Topic("check", "naming", 1, 1, false, "test");
    assertThatThrownBy(
            () ->
                EventCatalog.builder()
                    .topic(topic)
                    .type(SomethingHappenedEvent.class, topic, "bad name")
                    .build())
        .hasMessageContaining("no Event suffix");
  }

  private static Path classesOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The concrete classes implementing DomainEvent under a classes directory. */
  private static List<Class<?>> eventRecordsIn(Path classes) throws Exception {
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> candidate = Class.forName(name, false, CatalogTest.class.getClassLoader());
        if (DomainEvent.class.isAssignableFrom(candidate) && !candidate.isInterface()) {
          found.add(candidate);
        }
      }
    }
    return found;
  }
}
