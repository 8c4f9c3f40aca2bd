package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.Doc;
import java.util.List;

/**
 * A family card (Kartu Keluarga) with a new KK number is in force for a family; the previous card,
 * if any, is no longer valid. The KK number itself never travels in an event.
 */
public record FamilyCardIssued(
    @Doc("the family (aggregate id, record key)") String familyId,
    @Doc("the card now in force") String cardId,
    @Doc("why a card with a new number was issued") Reason reason,
    @Doc("the head's subjectRef") String headRef,
    @Doc("the subjectRefs of every member, the head included") List<String> memberRefs,
    @Doc("Kemendagri code of the family's desa/kelurahan (10 digits)") String desaCode,
    @Doc(value = "the card this one replaces", optional = true) String previousCardId)
    implements FamilyEvent {

  /** Why a card with a new KK number was issued. */
  public enum Reason {
    /** a new family card */
    NEW,
    /** an existing card (issued before this registry) was recorded with its number */
    RECORDED,
    /** the head of the family changed (death, removal) */
    HEAD_CHANGED,
    /** the family moved to another desa/kelurahan */
    MOVED,
    /** members split off into a family of their own (pisah KK) */
    SPLIT
  }

  @Override
  public String aggregateId() {
    return familyId;
  }
}
