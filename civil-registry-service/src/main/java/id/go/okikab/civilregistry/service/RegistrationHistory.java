package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.Registration;
import id.go.okikab.civilregistry.domain.RegistrationTransition;
import id.go.okikab.civilregistry.messaging.RegistryEvents;
import id.go.okikab.civilregistry.repository.RegistrationTransitionRepository;
import id.go.okikab.civilregistry.service.RegistrationViews.TransitionView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The history of a registration's states, and the RegistrationStatusChanged every state change
 * publishes.
 */
@ApplicationScoped
public class RegistrationHistory {

  private static final Logger LOG = Logger.getLogger(RegistrationHistory.class);

  private final RegistrationTransitionRepository transitions;
  private final RegistryEvents events;

  public RegistrationHistory(RegistrationTransitionRepository transitions, RegistryEvents events) {
    this.transitions = transitions;
    this.events = events;
  }

  /** Stores {@code transition} of {@code registration}, made by {@code actor}, and publishes it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      Registration registration, Registration.Transition transition, String actor, Instant now) {
    transitions.persist(RegistrationTransition.of(registration, transition, actor, now));
    events.statusChanged(registration);
    LOG.infof(
        "%s registration %s: %s -> %s",
        registration.kind().name().toLowerCase(),
        registration.id,
        transition.from(),
        transition.to());
  }

  public List<TransitionView> of(UUID registrationId) {
    return transitions
        .list("registrationId", Sort.by("occurredAt").and("id"), registrationId)
        .stream()
        .map(t -> new TransitionView(t.fromStatus, t.toStatus, t.actor, t.occurredAt, t.note))
        .toList();
  }
}
