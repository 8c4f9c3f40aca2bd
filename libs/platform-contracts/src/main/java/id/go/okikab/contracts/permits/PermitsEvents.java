package id.go.okikab.contracts.permits;

import id.go.okikab.contracts.ContextEvents;
import id.go.okikab.contracts.EventCatalog;

/**
 * The topics and event types of DPMPTSP OKI. The records live beside this class; {@link
 * id.go.okikab.contracts.PlatformEvents} adds them to the platform catalog.
 */
public final class PermitsEvents implements ContextEvents {

  /** For the {@link java.util.ServiceLoader} (META-INF/services). */
  public PermitsEvents() {}

  @Override
  public String context() {
    return "permits";
  }

  /** A permit application (key: the application id). */
  public static final EventCatalog.Topic APPLICATION =
      new EventCatalog.Topic(
          "permits",
          "application",
          1,
          3,
          false,
          "Permit applications of DPMPTSP OKI as they move through review, with their SLA.");

  /** An issued permit (key: the permit id). */
  public static final EventCatalog.Topic PERMIT =
      new EventCatalog.Topic(
          "permits",
          "permit",
          1,
          3,
          false,
          "Permits issued by DPMPTSP OKI: issued, suspended, revoked, expired.");

  /** A zoning layer of the spatial plan (key: the zoning layer id). */
  public static final EventCatalog.Topic ZONING =
      new EventCatalog.Topic(
          "permits",
          "zoning",
          1,
          1,
          false,
          "Zoning layers (RTRW/RDTR) of the regency's spatial plan, as published versions.");

  /** Adds the topics, then the event types. */
  @Override
  public void register(EventCatalog.Builder catalog) {
    catalog
        .topic(APPLICATION)
        .topic(PERMIT)
        .topic(ZONING)
        .type(
            PermitApplicationSubmitted.class,
            APPLICATION,
            "An application was submitted (with its KKPR result where the permit is location-bound).")
        .type(
            PermitApplicationReturned.class,
            APPLICATION,
            "An application went back to the applicant (incomplete, or a revision requested); its SLA clock pauses.")
        .type(
            PermitApproved.class,
            APPLICATION,
            "An application was approved (technically), with its working days to decision.")
        .type(
            PermitRejected.class,
            APPLICATION,
            "An application was rejected (terminal), with its working days to decision.")
        .type(
            PermitSlaBreached.class,
            APPLICATION,
            "An application ran past the SLA of its stage (once per breach); for OSS permits it may be deemed approved.")
        .type(
            PermitIssued.class,
            PERMIT,
            "A permit was issued with its number and verification code; business permits carry the NIB and KBLI lines.")
        .type(
            PermitSuspended.class,
            PERMIT,
            "A permit was suspended (with a reason code); a business permit's shop is suspended too.")
        .type(PermitRevoked.class, PERMIT, "A permit was revoked (terminal).")
        .type(PermitExpired.class, PERMIT, "A permit reached the end of its validity.")
        .type(
            ZoningLayerPublished.class,
            ZONING,
            "A version of a zoning layer became the active one for conformity checks.");
  }
}
