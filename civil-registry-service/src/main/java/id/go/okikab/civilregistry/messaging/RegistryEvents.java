package id.go.okikab.civilregistry.messaging;

import id.go.okikab.civilregistry.domain.BirthRegistration;
import id.go.okikab.civilregistry.domain.DeathRegistration;
import id.go.okikab.civilregistry.domain.Family;
import id.go.okikab.civilregistry.domain.FamilyCard;
import id.go.okikab.civilregistry.domain.FamilyMember;
import id.go.okikab.civilregistry.domain.Registration;
import id.go.okikab.civilregistry.domain.Resident;
import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.contracts.civilregistry.FamilyCardIssued;
import id.go.okikab.contracts.civilregistry.RegistrationStatusChanged;
import id.go.okikab.contracts.civilregistry.ResidentCorrected;
import id.go.okikab.contracts.civilregistry.ResidentMovedIn;
import id.go.okikab.contracts.civilregistry.ResidentMovedOut;
import id.go.okikab.contracts.civilregistry.ResidentMovedWithinRegency;
import id.go.okikab.contracts.civilregistry.ResidentRegistered;
import id.go.okikab.platform.events.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The registry's events, written to the outbox in the caller's transaction. This is the one place
 * that turns entities into event records: ids, codes, states and subjectRefs only — never a NIK, KK
 * number, name, address or free text.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegistryEvents {

  private final Outbox outbox;

  public RegistryEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void residentRegistered(Resident resident) {
    outbox.publish(
        new ResidentRegistered(
            resident.id.toString(),
            resident.subjectRef,
            resident.origin,
            resident.address.desaCode));
  }

  public void residentCorrected(Resident resident, UUID correctionId, List<String> fields) {
    outbox.publish(
        new ResidentCorrected(
            resident.id.toString(), resident.subjectRef, correctionId.toString(), fields));
  }

  public void movedWithin(Resident resident, UUID moveId, String fromDesa, UUID familyId) {
    outbox.publish(
        new ResidentMovedWithinRegency(
            resident.id.toString(),
            resident.subjectRef,
            moveId.toString(),
            fromDesa,
            resident.address.desaCode,
            familyId.toString()));
  }

  public void movedOut(Resident resident, UUID moveId, String destinationRegency) {
    outbox.publish(
        new ResidentMovedOut(
            resident.id.toString(),
            resident.subjectRef,
            moveId.toString(),
            resident.address.desaCode,
            destinationRegency));
  }

  public void movedIn(Resident resident, UUID moveId, String originRegency, boolean returning) {
    outbox.publish(
        new ResidentMovedIn(
            resident.id.toString(),
            resident.subjectRef,
            moveId.toString(),
            originRegency,
            resident.address.desaCode,
            returning));
  }

  /**
   * @param residents the family's current members (at least), by id
   */
  public void familyCardIssued(Family family, FamilyCard card, Map<UUID, Resident> residents) {
    List<String> memberRefs =
        family.currentMembers().stream()
            .map((FamilyMember m) -> residents.get(m.residentId).subjectRef)
            .toList();
    outbox.publish(
        new FamilyCardIssued(
            family.id.toString(),
            card.id.toString(),
            card.reason,
            residents.get(card.headResidentId).subjectRef,
            memberRefs,
            family.address.desaCode,
            card.previousCardId == null ? null : card.previousCardId.toString()));
  }

  public void birthRegistered(BirthRegistration registration, Resident child) {
    outbox.publish(
        new BirthRegistered(
            registration.id.toString(),
            child.id.toString(),
            child.subjectRef,
            registration.motherRef,
            registration.fatherRef,
            child.birthDate,
            child.sex,
            child.address.desaCode,
            registration.late,
            registration.healthChildId));
  }

  public void deathRegistered(DeathRegistration registration, Resident deceased) {
    outbox.publish(
        new DeathRegistered(
            registration.id.toString(),
            deceased.id.toString(),
            deceased.subjectRef,
            registration.dateOfDeath,
            deceased.address.desaCode,
            registration.late));
  }

  public void statusChanged(Registration registration) {
    outbox.publish(
        new RegistrationStatusChanged(
            registration.id.toString(),
            RegistrationStatusChanged.Kind.valueOf(registration.kind().name()),
            RegistrationStatusChanged.Status.valueOf(registration.status.name()),
            RegistrationStatusChanged.Channel.valueOf(registration.channel.name()),
            registration.declarantRef,
            registration.familyId == null ? null : registration.familyId.toString()));
  }
}
