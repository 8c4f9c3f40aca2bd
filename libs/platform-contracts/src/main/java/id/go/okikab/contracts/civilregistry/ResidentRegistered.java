package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.Doc;

/** A resident record was created: registered by an officer, born, or moved in from elsewhere. */
public record ResidentRegistered(
    @Doc("the resident id in the civil registry (aggregate id, record key)") String residentId,
    @Doc("the resident's subjectRef (HMAC of the NIK)") String subjectRef,
    @Doc("how the record came to be") Origin origin,
    @Doc("Kemendagri code of the desa/kelurahan of residence (10 digits)") String desaCode)
    implements ResidentEvent {

  /** How a resident record came to be. */
  public enum Origin {
    /** registered by an officer (an existing person, e.g. from paper records) */
    REGISTRATION,
    /** a birth registration: the NIK was assigned by the registry */
    BIRTH,
    /** moved in from another regency with an SKPWNI, keeping the NIK */
    MOVE_IN
  }
}
