package id.go.okikab.contracts.health;

import id.go.okikab.contracts.ContextEvents;
import id.go.okikab.contracts.EventCatalog;

/**
 * The health service's topics and event types (Dinas Kesehatan, KIA). Health topics are restricted:
 * specific personal data under UU 27/2022, readable only by the consumers and roles allowed to see
 * them. Events carry ids, codes, classes and subjectRefs; the only clinical values are the birth
 * weight and length of {@link BirthReported}, which the civil registry needs. The records live
 * beside this class.
 */
public final class HealthEvents implements ContextEvents {

  /** For the {@link java.util.ServiceLoader} (META-INF/services). */
  public HealthEvents() {}

  @Override
  public String context() {
    return "health";
  }

  /**
   * Pregnancies, from registration to delivery and the postnatal visits (key: the pregnancy id).
   */
  public static final EventCatalog.Topic PREGNANCY =
      new EventCatalog.Topic(
          "health",
          "pregnancy",
          1,
          3,
          true,
          "Pregnancies followed by the puskesmas and bidan of OKI (Buku KIA).");

  /** Children from birth to five years: immunisation and growth (key: the child's record id). */
  public static final EventCatalog.Topic CHILD =
      new EventCatalog.Topic(
          "health",
          "child",
          1,
          3,
          true,
          "Children followed from birth to five years by the puskesmas of OKI: immunisation and"
              + " growth (Buku KIA).");

  /** Adds the health service's topics and types. */
  @Override
  public void register(EventCatalog.Builder catalog) {
    catalog
        .topic(PREGNANCY)
        .topic(CHILD)
        .type(
            PregnancyRegistered.class,
            PREGNANCY,
            "A pregnancy was registered at a health facility (Buku KIA opened).")
        .type(
            AncContactRecorded.class,
            PREGNANCY,
            "An antenatal care contact was recorded: its number and trimester, no clinical"
                + " values.")
        .type(
            HighRiskPregnancyFlagged.class,
            PREGNANCY,
            "A pregnancy's KSPR class rose to KRT or KRST (the class only).")
        .type(
            BirthReported.class,
            PREGNANCY,
            "A delivery was recorded; the civil registry opens a birth declaration from it.")
        .type(
            PostnatalVisitMissed.class,
            PREGNANCY,
            "A KF or KN visit window closed without a visit (published once per visit).")
        .type(
            ImmunizationGiven.class,
            CHILD,
            "A dose of the routine immunisation schedule was given.")
        .type(
            ImmunizationOverdue.class,
            CHILD,
            "A child's next dose passed its due date plus the grace period (once per dose).")
        .type(
            BasicImmunizationCompleted.class,
            CHILD,
            "A child received every basic dose before the first birthday (Imunisasi Dasar"
                + " Lengkap).")
        .type(
            GrowthAssessed.class,
            CHILD,
            "A child was measured: the stunting and wasting classes only, for prevalence.")
        .type(
            GrowthRiskDetected.class,
            CHILD,
            "A measurement put a child newly into stunting or wasting (index and class only).");
  }
}
