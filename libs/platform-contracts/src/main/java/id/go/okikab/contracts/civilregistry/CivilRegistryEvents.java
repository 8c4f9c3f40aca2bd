package id.go.okikab.contracts.civilregistry;

import id.go.okikab.contracts.ContextEvents;
import id.go.okikab.contracts.EventCatalog;

/**
 * The civil registry's topics and event types (Disdukcapil). The records live beside this class;
 * {@link id.go.okikab.contracts.PlatformEvents} adds them to the platform catalog.
 */
public final class CivilRegistryEvents implements ContextEvents {

  /** For the {@link java.util.ServiceLoader} (META-INF/services). */
  public CivilRegistryEvents() {}

  @Override
  public String context() {
    return "civil-registry";
  }

  /** Births registered (key: the birth registration id). */
  public static final EventCatalog.Topic BIRTH =
      new EventCatalog.Topic(
          "civil-registry", "birth", 1, 3, false, "Birth registrations of Disdukcapil OKI.");

  /** Deaths registered (key: the death registration id). */
  public static final EventCatalog.Topic DEATH =
      new EventCatalog.Topic(
          "civil-registry", "death", 1, 3, false, "Death registrations of Disdukcapil OKI.");

  /** Resident records: created, corrected, moved (key: the resident id). */
  public static final EventCatalog.Topic RESIDENT =
      new EventCatalog.Topic(
          "civil-registry",
          "resident",
          1,
          3,
          false,
          "Resident records of Disdukcapil OKI: registered, corrected, moved.");

  /** Family cards (key: the family id). */
  public static final EventCatalog.Topic FAMILY =
      new EventCatalog.Topic(
          "civil-registry",
          "family",
          1,
          3,
          false,
          "Family cards (Kartu Keluarga) of Disdukcapil OKI: cards issued with a new KK number.");

  /** States of birth and death registrations (key: the registration id). */
  public static final EventCatalog.Topic REGISTRATION =
      new EventCatalog.Topic(
          "civil-registry",
          "registration",
          1,
          3,
          false,
          "Birth and death registrations of Disdukcapil OKI as they move through their states.");

  /** Adds the civil registry's topics and types. */
  @Override
  public void register(EventCatalog.Builder catalog) {
    catalog
        .topic(BIRTH)
        .topic(DEATH)
        .topic(RESIDENT)
        .topic(FAMILY)
        .topic(REGISTRATION)
        .type(
            BirthRegistered.class,
            BIRTH,
            "A birth was registered: the child is a resident with a NIK and a birth certificate.")
        .type(
            DeathRegistered.class,
            DEATH,
            "A death was registered: the resident is deceased and left the family card.")
        .type(
            ResidentRegistered.class,
            RESIDENT,
            "A resident record was created (registration, birth or move-in).")
        .type(
            ResidentCorrected.class,
            RESIDENT,
            "An officer corrected a resident's data with a reason; the old values are kept.")
        .type(
            ResidentMovedWithinRegency.class,
            RESIDENT,
            "A resident moved to another address inside Ogan Komering Ilir.")
        .type(
            ResidentMovedOut.class,
            RESIDENT,
            "A resident moved out of Ogan Komering Ilir with an SKPWNI; the status is MOVED_OUT.")
        .type(
            ResidentMovedIn.class,
            RESIDENT,
            "A person moved into Ogan Komering Ilir from another regency, keeping their NIK.")
        .type(
            FamilyCardIssued.class,
            FAMILY,
            "A family card with a new KK number is in force; the previous one ended.")
        .type(
            RegistrationStatusChanged.class,
            REGISTRATION,
            "A birth or death registration changed state.");
  }
}
