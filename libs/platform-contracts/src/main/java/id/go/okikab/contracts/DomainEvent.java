package id.go.okikab.contracts;

/**
 * A fact a service publishes: one immutable Java record per event type, past-tense name without an
 * "Event" suffix ({@code BirthRegistered}), listed in the {@link EventCatalog}.
 *
 * <p>Events carry ids, codes and state changes, never a NIK, KK number, name, address, phone or
 * free text: people appear as {@code subjectRef} ({@code SubjectRefs} of platform-events).
 */
public interface DomainEvent {

  /**
   * The id of the aggregate the event is about: the Kafka record key (so an aggregate's events stay
   * in order on one partition) and the CloudEvents {@code subject}.
   */
  String aggregateId();
}
