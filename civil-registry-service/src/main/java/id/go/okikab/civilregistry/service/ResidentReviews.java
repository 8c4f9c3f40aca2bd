package id.go.okikab.civilregistry.service;

import id.go.okikab.civilregistry.domain.HeldRegistration;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.civilregistry.domain.ResidentReview;
import id.go.okikab.civilregistry.repository.ResidentRepository;
import id.go.okikab.civilregistry.repository.ResidentReviewRepository;
import id.go.okikab.civilregistry.service.CommonCommands.AddressInput;
import id.go.okikab.civilregistry.service.ResidentCommands.ParentInput;
import id.go.okikab.civilregistry.service.ResidentCommands.RegisterResident;
import id.go.okikab.civilregistry.service.ResidentCommands.ReviewDecision;
import id.go.okikab.civilregistry.service.ResidentRegistration.Checked;
import id.go.okikab.civilregistry.service.ResidentViews.ReviewView;
import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.paging.Pages;
import id.go.okikab.platform.web.precondition.Preconditions;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Registrations held as possible duplicate persons: the list, one review, and an officer's decision
 * to register the person as someone new (the rules are checked again) or to reject them.
 */
@ApplicationScoped
public class ResidentReviews {

  private final ResidentReviewRepository reviews;
  private final ResidentRepository residents;
  private final ResidentRegistration registration;
  private final CallerIdentity caller;
  private final Clock clock;

  public ResidentReviews(
      ResidentReviewRepository reviews,
      ResidentRepository residents,
      ResidentRegistration registration,
      CallerIdentity caller,
      Clock clock) {
    this.reviews = reviews;
    this.residents = residents;
    this.registration = registration;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  public Page<ReviewView> reviews(ResidentReview.Status status, PageRequest paging) {
    return Pages.of(
        reviews.find("status", Sort.by("openedAt").and("id"), status),
        paging,
        ResidentReviews::view);
  }

  @Transactional
  public ReviewView review(UUID id) {
    return view(find(id));
  }

  /**
   * An officer registers the held person as someone new, or rejects them as a duplicate, on the
   * version read (If-Match).
   */
  @Transactional
  public ReviewView decide(UUID id, String ifMatch, ReviewDecision decision) {
    ResidentReview review = find(id);
    Preconditions.requireIfMatch(ifMatch, review.version);
    Instant now = clock.instant();
    if (decision.decision() == ReviewDecision.Decision.REJECT) {
      review.decide(ResidentReview.Status.REJECTED, caller.actorId(), decision.reason(), null, now);
      reviews.flush();
      return view(review);
    }
    review.requireOpen();
    RegisterResident request = request(review.request);
    if (residents.nikTaken(request.nik())) {
      throw new ConflictProblem("A resident with this NIK was registered in the meantime.");
    }
    Checked checked = registration.check(request);
    Resident resident =
        registration.enrol(
            checked.person(), checked.address(), ResidentRegistered.Origin.REGISTRATION, now);
    review.decide(
        ResidentReview.Status.REGISTERED, caller.actorId(), decision.reason(), resident.id, now);
    // the version (the answer's ETag) moves at the flush
    reviews.flush();
    return view(review);
  }

  private ResidentReview find(UUID id) {
    return reviews.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem("review", id));
  }

  static ReviewView view(ResidentReview review) {
    return new ReviewView(
        review.id,
        review.status.name(),
        review.request.fullName(),
        review.request.birthDate(),
        review.candidateIds.stream().map(UUID::fromString).toList(),
        review.openedBy,
        review.openedAt,
        review.decidedBy,
        review.decidedAt,
        review.decisionReason,
        review.residentId,
        review.version);
  }

  /** The registration as it is held (the request's shape). */
  static HeldRegistration held(RegisterResident request) {
    AddressInput address = request.address();
    return new HeldRegistration(
        request.nik(),
        request.fullName(),
        request.sex(),
        request.birthDate(),
        request.birthPlace(),
        request.religion(),
        request.maritalStatus(),
        request.marriageRegistered(),
        request.bloodType(),
        request.occupation(),
        held(request.mother()),
        held(request.father()),
        new HeldRegistration.Place(
            address.desaCode(), address.rt(), address.rw(), address.street()));
  }

  private static HeldRegistration.Parent held(ParentInput parent) {
    return parent == null ? null : new HeldRegistration.Parent(parent.nik(), parent.name());
  }

  /** The held registration as the request it was. */
  static RegisterResident request(HeldRegistration held) {
    HeldRegistration.Place address = held.address();
    return new RegisterResident(
        held.nik(),
        held.fullName(),
        held.sex(),
        held.birthDate(),
        held.birthPlace(),
        held.religion(),
        held.maritalStatus(),
        held.marriageRegistered(),
        held.bloodType(),
        held.occupation(),
        parent(held.mother()),
        parent(held.father()),
        new AddressInput(address.desaCode(), address.rt(), address.rw(), address.street()));
  }

  private static ParentInput parent(HeldRegistration.Parent parent) {
    return parent == null ? null : new ParentInput(parent.nik(), parent.name());
  }
}
