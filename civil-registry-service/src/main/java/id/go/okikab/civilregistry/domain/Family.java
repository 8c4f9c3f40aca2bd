package id.go.okikab.civilregistry.domain;

import id.go.okikab.contracts.civilregistry.FamilyCardIssued;
import id.go.okikab.platform.domain.FamilyRelationship;
import id.go.okikab.platform.domain.Sex;
import id.go.okikab.platform.web.problem.DomainRuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A family (keluarga) and its card history: the members with their SHDK relationship to the head,
 * every card (KK number) it had with valid from/to, every membership with joined/left. Exactly one
 * current member is the {@link FamilyRelationship#HEAD} while the family is active. Every change
 * touches the family, so its {@code @Version} (the ETag) moves and concurrent edits conflict.
 */
@Entity
@Table(name = "family")
public class Family {

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  public FamilyStatus status;

  @Embedded public Address address;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  @OneToMany(mappedBy = "family", cascade = CascadeType.ALL)
  @OrderBy("joinedAt, id")
  public List<FamilyMember> members = new ArrayList<>();

  @OneToMany(mappedBy = "family", cascade = CascadeType.ALL)
  @OrderBy("validFrom, id")
  public List<FamilyCard> cards = new ArrayList<>();

  /** A new, empty family at {@code address}; add members, then issue its first card. */
  public static Family found(Address address, Instant now) {
    Family family = new Family();
    family.id = UUID.randomUUID();
    family.status = FamilyStatus.ACTIVE;
    family.address = address;
    family.createdAt = now;
    family.updatedAt = now;
    return family;
  }

  public boolean isActive() {
    return status == FamilyStatus.ACTIVE;
  }

  /**
   * @throws DomainRuleViolation {@code family-not-active} naming {@code field}
   */
  public void requireActive(String field) {
    if (!isActive()) {
      throw new DomainRuleViolation(
          "family-not-active", "Family " + id + " is dissolved: it has no members.", field);
    }
  }

  public List<FamilyMember> currentMembers() {
    return members.stream().filter(FamilyMember::isCurrent).toList();
  }

  public Optional<FamilyMember> currentMembership(UUID residentId) {
    return members.stream()
        .filter(m -> m.isCurrent() && m.residentId.equals(residentId))
        .findFirst();
  }

  public boolean hasCurrentMember(UUID residentId) {
    return currentMembership(residentId).isPresent();
  }

  /** The current head, if the family has one right now. */
  public Optional<FamilyMember> head() {
    return members.stream().filter(FamilyMember::isHead).findFirst();
  }

  public Optional<FamilyCard> currentCard() {
    return cards.stream().filter(FamilyCard::isCurrent).findFirst();
  }

  /**
   * Adds a living resident (not a current member, on no other card: the caller checks that) with
   * their relationship to the head; the card's number stays (FamilyCardIssued only with a new
   * number).
   *
   * @throws DomainRuleViolation {@code resident-not-alive}, {@code shdk-sex-mismatch}, {@code
   *     already-a-member} or {@code family-single-head}
   */
  public FamilyMember join(
      Resident resident,
      FamilyRelationship relationship,
      String reason,
      Instant now,
      String field) {
    resident.requireAlive(field);
    requireRelationshipFits(resident, relationship, field);
    UUID residentId = resident.id;
    if (hasCurrentMember(residentId)) {
      throw new DomainRuleViolation(
          "already-a-member", "Resident " + residentId + " is already on this family card.", field);
    }
    if (relationship == FamilyRelationship.HEAD && head().isPresent()) {
      throw new DomainRuleViolation(
          "family-single-head",
          "A family card has exactly one head; change the head instead of adding another.",
          field);
    }
    FamilyMember member = new FamilyMember();
    member.id = UUID.randomUUID();
    member.family = this;
    member.residentId = residentId;
    member.relationship = relationship;
    member.joinedAt = now;
    member.joinReason = reason;
    members.add(member);
    touch(now);
    return member;
  }

  /**
   * @throws DomainRuleViolation {@code shdk-sex-mismatch}: a husband (2) is male, a wife (3) female
   */
  public static void requireRelationshipFits(
      Resident resident, FamilyRelationship relationship, String field) {
    if (relationship == FamilyRelationship.HUSBAND && resident.sex != Sex.MALE
        || relationship == FamilyRelationship.WIFE && resident.sex != Sex.FEMALE) {
      throw new DomainRuleViolation(
          "shdk-sex-mismatch",
          "Relationship " + relationship.label() + " does not fit the resident's sex.",
          field);
    }
  }

  /**
   * Ends a resident's current membership. When the head leaves, the family has no head until {@link
   * #appointHead} (or {@link #dissolve} when nobody is left).
   *
   * @throws DomainRuleViolation {@code not-a-member}
   */
  public FamilyMember leave(UUID residentId, String reason, Instant now, String field) {
    FamilyMember member =
        currentMembership(residentId)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "not-a-member",
                        "Resident " + residentId + " is not on this family card.",
                        field));
    member.leftAt = now;
    member.leaveReason = reason;
    touch(now);
    return member;
  }

  /**
   * Makes a current member the head. The previous head, if still a member, must have been given
   * another relationship first.
   *
   * @throws DomainRuleViolation {@code not-a-member}, {@code family-single-head}
   */
  public void appointHead(UUID residentId, Instant now, String field) {
    FamilyMember member =
        currentMembership(residentId)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "not-a-member",
                        "The new head must be a current member of this family card.",
                        field));
    if (head().filter(h -> !h.residentId.equals(residentId)).isPresent()) {
      throw new DomainRuleViolation("family-single-head", "The family already has a head.", field);
    }
    member.relationship = FamilyRelationship.HEAD;
    touch(now);
  }

  /** Changes a current member's relationship to the head (not to or from HEAD). */
  public void relate(UUID residentId, FamilyRelationship relationship, Instant now, String field) {
    FamilyMember member =
        currentMembership(residentId)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "not-a-member", "Resident " + residentId + " is not a member.", field));
    member.relationship = relationship;
    touch(now);
  }

  /**
   * The member who becomes head when the head leaves without a choice being made: the spouse, else
   * the oldest adult (17 or older, or ever married), else the oldest member.
   */
  public Optional<UUID> successor(
      java.util.function.Function<UUID, Resident> residents, java.time.LocalDate today) {
    List<FamilyMember> remaining = currentMembers();
    Optional<FamilyMember> spouse =
        remaining.stream().filter(m -> m.relationship.isSpouse()).findFirst();
    if (spouse.isPresent()) {
      return Optional.of(spouse.get().residentId);
    }
    Comparator<Resident> oldestFirst =
        Comparator.comparing((Resident r) -> r.birthDate).thenComparing(r -> r.id);
    return remaining.stream()
        .map(m -> residents.apply(m.residentId))
        .sorted(
            Comparator.comparing(
                    (Resident r) ->
                        !(!r.birthDate.plusYears(17).isAfter(today)
                            || r.maritalStatus.everMarried()))
                .thenComparing(oldestFirst))
        .map(r -> r.id)
        .findFirst();
  }

  /**
   * Ends the card in force (before a new one is issued: the database holds one current card per
   * family, so the end must be written first).
   */
  public Optional<FamilyCard> endCard(Instant now) {
    Optional<FamilyCard> current = currentCard();
    current.ifPresent(card -> card.validTo = now);
    current.ifPresent(card -> touch(now));
    return current;
  }

  /**
   * Puts a new card (KK number) in force; the previous card, if any, must have been ended.
   *
   * @throws DomainRuleViolation {@code family-head-required} when the family has no head
   * @throws IllegalStateException when a card is still in force
   */
  public FamilyCard issueCard(String kkNumber, FamilyCardIssued.Reason reason, Instant now) {
    FamilyMember head = requireExactlyOneHead();
    if (currentCard().isPresent()) {
      throw new IllegalStateException("end the card in force before issuing another");
    }
    FamilyCard previous =
        cards.stream().max(Comparator.comparing((FamilyCard c) -> c.validFrom)).orElse(null);
    FamilyCard card = new FamilyCard();
    card.id = UUID.randomUUID();
    card.family = this;
    card.kkNumber = kkNumber;
    card.reason = reason;
    card.headResidentId = head.residentId;
    card.previousCardId = previous == null ? null : previous.id;
    card.validFrom = now;
    cards.add(card);
    touch(now);
    return card;
  }

  /**
   * @return the head
   * @throws DomainRuleViolation {@code family-head-required} when no current member is the head
   */
  public FamilyMember requireExactlyOneHead() {
    List<FamilyMember> heads = members.stream().filter(FamilyMember::isHead).toList();
    if (heads.isEmpty()) {
      throw new DomainRuleViolation(
          "family-head-required", "A family card needs exactly one head (SHDK 1).", "members");
    }
    if (heads.size() > 1) {
      throw new DomainRuleViolation(
          "family-single-head", "A family card has exactly one head (SHDK 1).", "members");
    }
    return heads.get(0);
  }

  /** The last member left: the card ends and the family is dissolved. */
  public void dissolve(Instant now) {
    currentCard().ifPresent(card -> card.validTo = now);
    status = FamilyStatus.DISSOLVED;
    touch(now);
  }

  /** Records a change, so that the version (ETag) moves even when only members changed. */
  public void touch(Instant now) {
    updatedAt = now;
  }
}
