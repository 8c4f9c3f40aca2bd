package id.go.okikab.contracts.tax;

import id.go.okikab.contracts.ContextEvents;
import id.go.okikab.contracts.EventCatalog;

/**
 * The topics and event types of Bapenda OKI. The records live beside this class; {@link
 * id.go.okikab.contracts.PlatformEvents} adds them to the platform catalog.
 */
public final class TaxEvents implements ContextEvents {

  /** For the {@link java.util.ServiceLoader} (META-INF/services). */
  public TaxEvents() {}

  @Override
  public String context() {
    return "tax";
  }

  /** A regional taxpayer (wajib pajak daerah) (key: the taxpayer id). */
  public static final EventCatalog.Topic TAXPAYER =
      new EventCatalog.Topic(
          "tax",
          "taxpayer",
          1,
          3,
          false,
          "Regional taxpayers of Bapenda OKI (NPWPD): persons by subjectRef, businesses by NIB.");

  /** An official assessment (SPPT PBB-P2) (key: the assessment id). */
  public static final EventCatalog.Topic ASSESSMENT =
      new EventCatalog.Topic(
          "tax",
          "assessment",
          1,
          3,
          true,
          "Official assessments of Bapenda OKI: the yearly PBB-P2 SPPT of each tax object.");

  /** A tax bill, from issue to payment (key: the bill id). */
  public static final EventCatalog.Topic BILL =
      new EventCatalog.Topic(
          "tax",
          "bill",
          1,
          3,
          true,
          "Tax bills of Bapenda OKI: issued, paid, overdue (amounts in integer rupiah).");

  /** A self-assessed return (key: the return id). */
  public static final EventCatalog.Topic RETURN =
      new EventCatalog.Topic(
          "tax",
          "return",
          1,
          3,
          true,
          "Self-assessed returns of Bapenda OKI: PBJT monthly returns (SPTPD) and BPHTB declarations (SSPD).");

  /** A tax clearance certificate (key: the clearance id). */
  public static final EventCatalog.Topic CLEARANCE =
      new EventCatalog.Topic(
          "tax",
          "clearance",
          1,
          3,
          false,
          "Tax clearances of Bapenda OKI (keterangan bebas tunggakan).");

  /** Adds the topics, then the event types. */
  @Override
  public void register(EventCatalog.Builder catalog) {
    catalog
        .topic(TAXPAYER)
        .topic(ASSESSMENT)
        .topic(BILL)
        .topic(RETURN)
        .topic(CLEARANCE)
        .type(TaxpayerRegistered.class, TAXPAYER, "A taxpayer was registered and given an NPWPD.")
        .type(
            AssessmentIssued.class,
            ASSESSMENT,
            "A PBB-P2 assessment (SPPT) was issued for a tax object and year; its bill follows.")
        .type(
            BillIssued.class,
            BILL,
            "A bill was issued with its billing code (an SPPT, a return, a BPHTB declaration or an STPD).")
        .type(
            BillPaid.class,
            BILL,
            "A payment was recorded against a bill (partial or settling); the receipt has a verification code.")
        .type(
            BillOverdue.class,
            BILL,
            "A bill passed its due date unpaid (published once per bill); an STPD follows.")
        .type(
            TaxReturnFiled.class,
            RETURN,
            "A PBJT return or a BPHTB declaration was filed (or amended); its bill follows.")
        .type(
            TaxClearanceIssued.class,
            CLEARANCE,
            "A taxpayer without overdue bills received a tax clearance (keterangan bebas tunggakan).");
  }
}
