package id.go.okikab.platform.events.civilregistry;

import id.go.okikab.platform.events.EventCatalog;

/**
 * The civil registry's topics and event types (Disdukcapil). The records live beside this class;
 * {@link id.go.okikab.platform.events.PlatformEvents} adds them to the platform catalog.
 */
public final class CivilRegistryEvents {

  private CivilRegistryEvents() {}

  /** Births registered (key: the birth registration id). */
  public static final EventCatalog.Topic BIRTH =
      new EventCatalog.Topic(
          "civil-registry", "birth", 1, 3, false, "Birth registrations of Disdukcapil OKI.");

  /** Deaths registered (key: the death registration id). */
  public static final EventCatalog.Topic DEATH =
      new EventCatalog.Topic(
          "civil-registry", "death", 1, 3, false, "Death registrations of Disdukcapil OKI.");

  /** Adds the civil registry's topics and types. */
  public static void register(EventCatalog.Builder catalog) {
    catalog
        .topic(BIRTH)
        .topic(DEATH)
        .type(
            BirthRegistered.class,
            BIRTH,
            "A birth was registered: the child is a resident with a NIK and a birth certificate.")
        .type(
            DeathRegistered.class,
            DEATH,
            "A death was registered: the resident is deceased and left the family card.");
  }
}
