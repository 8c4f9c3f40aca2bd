package id.go.okikab.platform.events.health;

import id.go.okikab.platform.events.EventCatalog;

/**
 * The health service's topics and event types (Dinas Kesehatan, KIA). Health topics are restricted:
 * specific personal data under UU 27/2022, readable only by the consumers and roles allowed to see
 * them. The records live beside this class.
 */
public final class HealthEvents {

  private HealthEvents() {}

  /** Pregnancies, from registration to delivery (key: the pregnancy id). */
  public static final EventCatalog.Topic PREGNANCY =
      new EventCatalog.Topic(
          "health",
          "pregnancy",
          1,
          3,
          true,
          "Pregnancies followed by the puskesmas and bidan of OKI (Buku KIA).");

  /** Adds the health service's topics and types. */
  public static void register(EventCatalog.Builder catalog) {
    catalog
        .topic(PREGNANCY)
        .type(
            BirthReported.class,
            PREGNANCY,
            "A delivery was recorded; the civil registry opens a birth declaration from it.");
  }
}
