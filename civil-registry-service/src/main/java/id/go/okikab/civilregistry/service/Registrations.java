package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Registration;
import id.go.okikab.civilregistry.domain.RegistrationTransition;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.RegistrationTransitionRepository;
import id.go.okikab.civilregistry.service.RegistrationViews.TransitionView;
import id.go.okikab.contracts.civilregistry.RegistrationStatusChanged;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The history of registration states, and the event every state change publishes. */
@ApplicationScoped
public class Registrations {

  private static final Logger LOG = Logger.getLogger(Registrations.class);

  private final RegistrationTransitionRepository transitions;
  private final RegistryEvents events;

  public Registrations(RegistrationTransitionRepository transitions, RegistryEvents events) {
    this.transitions = transitions;
    this.events = events;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Registration registration,
      RegistrationTransition.Kind kind,
      Registration.Transition transition,
      String actor,
      Instant now) {
    RegistrationTransition row = new RegistrationTransition();
    row.id = UUID.randomUUID();
    row.registrationId = registration.id;
    row.kind = kind;
    row.fromStatus = transition.from();
    row.toStatus = transition.to();
    row.actor = actor;
    row.occurredAt = now;
    row.note = transition.note();
    transitions.persist(row);
    events.statusChanged(registration, RegistrationStatusChanged.Kind.valueOf(kind.name()));
    LOG.infof(
        "%s registration %s: %s -> %s",
        kind.name().toLowerCase(), registration.id, transition.from(), transition.to());
  }

  public List<TransitionView> history(UUID registrationId) {
    return transitions
        .list("registrationId", Sort.by("occurredAt").and("id"), registrationId)
        .stream()
        .map(t -> new TransitionView(t.fromStatus, t.toStatus, t.actor, t.occurredAt, t.note))
        .toList();
  }
}
