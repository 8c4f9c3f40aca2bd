package id.go.okikab.tax.service;

import id.go.okikab.platform.web.audit.ReadAudit;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import id.go.okikab.tax.domain.Taxpayer;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who may see which tax record: {@code tax-officer} (Bapenda) everything; {@code operator} and
 * {@code admin} read; a {@code citizen} only the taxpayers whose subjectRef is theirs (or who they
 * are recorded heir of) — anyone else's answer is the 404 of an id that does not exist. Every read
 * of a person's tax record is read-audited.
 */
@RequestScoped
public class Access {

  public static final String OFFICER = "tax-officer";
  public static final String CITIZEN = "citizen";
  public static final String PROVIDER = "payment-provider";
  public static final String OPERATOR = "operator";
  public static final String ADMIN = "admin";

  /** Read-audit resource type. */
  public static final String TAX_RECORD = "tax-record";

  private final CallerIdentity caller;
  private final ReadAudit readAudit;

  public Access(CallerIdentity caller, ReadAudit readAudit) {
    this.caller = caller;
    this.readAudit = readAudit;
  }

  public boolean isStaff() {
    return caller.hasAnyRole(OFFICER, OPERATOR, ADMIN);
  }

  public Optional<String> citizenRef() {
    return caller.hasRole(CITIZEN) ? caller.subjectRef() : Optional.empty();
  }

  public String actor() {
    return caller.actorId();
  }

  /** The payment provider's client id (its references are its own). */
  public String provider() {
    return caller.agencyClientId().or(caller::clientId).orElse(caller.actorId());
  }

  /**
   * Requires staff, or the citizen the taxpayer belongs to; audits a read of a person's record.
   *
   * @throws NotFoundProblem for anyone else
   */
  public void requireReader(Taxpayer taxpayer, String resourceType, Object id) {
    boolean own = citizenRef().map(taxpayer::belongsTo).orElse(false);
    if (!own && !isStaff()) {
      throw new NotFoundProblem(resourceType, id);
    }
    if (taxpayer.subjectRef != null) {
      readAudit.record(
          TAX_RECORD, id.toString(), taxpayer.subjectRef, own ? "subject-access" : "tax-admin");
    }
  }
}
