package id.go.okikab.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.okikab.contracts.DomainEvent;
import id.go.okikab.contracts.PlatformEvents;
import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.platform.domain.Sex;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Records as the civil registry publishes them: CloudEvents binary mode (ce_* headers), JSON body,
 * key = the registration id.
 */
public final class CivilRegistryRecords {

  private CivilRegistryRecords() {}

  public static BirthRegistered birth(
      String childRef,
      String motherRef,
      String fatherRef,
      LocalDate birthDate,
      Sex sex,
      String desaCode,
      String healthChildId) {
    return new BirthRegistered(
        "BR-" + UUID.randomUUID(),
        "RES-" + UUID.randomUUID(),
        childRef,
        motherRef,
        fatherRef,
        birthDate,
        sex,
        desaCode,
        false,
        healthChildId);
  }

  public static DeathRegistered death(String subjectRef, LocalDate on) {
    return new DeathRegistered(
        "DR-" + UUID.randomUUID(), "RES-" + UUID.randomUUID(), subjectRef, on, Kia.DESA, false);
  }

  public static ProducerRecord<String, String> record(ObjectMapper json, DomainEvent event) {
    return record(json, event, UUID.randomUUID());
  }

  public static ProducerRecord<String, String> record(
      ObjectMapper json, DomainEvent event, UUID eventId) {
    var type = PlatformEvents.CATALOG.forJavaType(event.getClass()).orElseThrow();
    String body;
    try {
      body = json.writeValueAsString(event);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    ProducerRecord<String, String> record =
        new ProducerRecord<>(type.topic().name(), event.aggregateId(), body);
    record
        .headers()
        .add("ce_id", utf8(eventId.toString()))
        .add("ce_type", utf8(type.ceType()))
        .add("ce_source", utf8("/civil-registry-service"))
        .add("ce_subject", utf8(event.aggregateId()))
        .add("ce_time", utf8(OffsetDateTime.now().toString()))
        .add("ce_specversion", utf8("1.0"))
        .add("content-type", utf8("application/json"));
    return record;
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
