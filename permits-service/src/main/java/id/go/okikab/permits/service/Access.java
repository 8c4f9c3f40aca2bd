package id.go.okikab.permits.service;

/** The realm roles this service knows and the resource types of its read audit. */
public final class Access {

  private Access() {}

  /** DPMPTSP officer, also zoning and planning. */
  public static final String OFFICER = "permit-officer";

  /** An applicant: a person, or a person acting for a business (NIB). */
  public static final String CITIZEN = "citizen";

  /** The bank (client credentials). */
  public static final String PAYMENT_PROVIDER = "payment-provider";

  public static final String OPERATOR = "operator";
  public static final String ADMIN = "admin";

  /** Read audit: an officer's read of an application. */
  public static final String APPLICATION_RECORD = "permit-application";

  /** Read audit: an officer's read of a permit. */
  public static final String PERMIT_RECORD = "permit";

  /** FileStore owner type of an application's documents. */
  public static final String DOCUMENT_OWNER = "permit-application";
}
