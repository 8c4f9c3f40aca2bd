package id.go.okikab.marketplace.service;

import id.go.okikab.marketplace.domain.Merchant;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import jakarta.enterprise.context.RequestScoped;

/** The marketplace's roles and who may act on a shop. */
@RequestScoped
public class Access {

  public static final String MERCHANT = "merchant";
  public static final String CITIZEN = "citizen";
  public static final String ADMIN = "marketplace-admin";
  public static final String PAYMENT_PROVIDER = "payment-provider";
  public static final String OPERATOR = "operator";
  public static final String PLATFORM_ADMIN = "admin";

  private final CallerIdentity caller;

  public Access(CallerIdentity caller) {
    this.caller = caller;
  }

  /** The token's subject: who acted, for histories. */
  public String actor() {
    return caller.subject().orElse("anonymous");
  }

  /** Whether the caller reads everything (the marketplace admin, operators, platform admins). */
  public boolean readsAll() {
    return caller.hasAnyRole(ADMIN, OPERATOR, PLATFORM_ADMIN);
  }

  public boolean isAdmin() {
    return caller.hasRole(ADMIN);
  }

  public boolean owns(Merchant shop) {
    return caller.subject().map(shop.ownerSubject::equals).orElse(false);
  }

  /**
   * @throws ForbiddenProblem unless the caller owns the shop
   */
  public void requireOwner(Merchant shop) {
    if (!owns(shop)) {
      throw new ForbiddenProblem("This shop belongs to someone else.");
    }
  }

  /** The caller's subjectRef (from the token's NIK). */
  public String subjectRef() {
    return caller
        .subjectRef()
        .orElseThrow(
            () ->
                new ForbiddenProblem(
                    "A citizen's account with a verified NIK is needed (the token has none)."));
  }

  /** The bank's client id (who notified). */
  public String provider() {
    return caller.agencyClientId().or(caller::clientId).orElse(actor());
  }
}
