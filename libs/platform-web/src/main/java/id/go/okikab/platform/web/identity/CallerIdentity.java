package id.go.okikab.platform.web.identity;

import id.go.okikab.platform.events.SubjectRefs;
import id.go.okikab.platform.web.problem.ForbiddenProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the validated bearer token (Quarkus OIDC's {@link SecurityIdentity}),
 * never from request headers.
 *
 * <p>People carry {@code sub}, {@code preferred_username}, realm roles and — citizens — a {@code
 * nik} claim; agency systems (Keycloak service accounts, client-credentials grant) carry {@code
 * azp}/{@code client_id} and a {@code preferred_username} of {@code service-account-<client>}.
 *
 * <p>The NIK is personal data: {@link #nik()} exists for the rare lookup that needs it; use {@link
 * #subjectRef()} everywhere else, and never log the NIK ({@link #toString()} leaves it out).
 */
@RequestScoped
public class CallerIdentity {

  static final String SERVICE_ACCOUNT_PREFIX = "service-account-";
  private static final Pattern NIK = Pattern.compile("\\d{16}");

  private final SecurityIdentity identity;
  private final SubjectRefs subjectRefs;

  @Inject
  public CallerIdentity(SecurityIdentity identity, SubjectRefs subjectRefs) {
    this.identity = identity;
    this.subjectRefs = subjectRefs;
  }

  /** Whether no (valid) token came with the request. */
  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  /** The token's {@code sub}: the stable id of the person or service account. */
  public Optional<String> subject() {
    return token().map(JsonWebToken::getSubject).filter(s -> !s.isBlank());
  }

  /** The token's {@code preferred_username} (falls back to the principal name). */
  public Optional<String> username() {
    Optional<String> claim = claim("preferred_username");
    if (claim.isPresent()) {
      return claim;
    }
    return isAnonymous()
        ? Optional.empty()
        : Optional.ofNullable(identity.getPrincipal().getName()).filter(s -> !s.isBlank());
  }

  /** Realm roles ({@code realm_access.roles}), sorted. */
  public Set<String> roles() {
    return new TreeSet<>(identity.getRoles());
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  public boolean hasAnyRole(String... roles) {
    return Arrays.stream(roles).anyMatch(identity::hasRole);
  }

  /** The client the token was issued to ({@code azp}, else {@code client_id}). */
  public Optional<String> clientId() {
    return claim("azp").or(() -> claim("client_id"));
  }

  /** For an agency system calling with a client-credentials token: its client id. */
  public Optional<String> agencyClientId() {
    boolean serviceAccount =
        claim("preferred_username").map(u -> u.startsWith(SERVICE_ACCOUNT_PREFIX)).orElse(false);
    return serviceAccount ? clientId() : Optional.empty();
  }

  /** The caller's NIK ({@code nik} claim, 16 digits). Personal data: do not log it. */
  public Optional<String> nik() {
    return claim("nik").filter(n -> NIK.matcher(n).matches());
  }

  /** The caller's subject reference, HMAC of their NIK ({@link SubjectRefs#of(String)}). */
  public Optional<String> subjectRef() {
    return nik().map(subjectRefs::of);
  }

  /** Whether the caller is the person a record belongs to. */
  public boolean isSubject(String subjectRef) {
    return subjectRef != null && subjectRef().map(subjectRef::equals).orElse(false);
  }

  /**
   * Requires an authenticated caller with at least one of the roles.
   *
   * @throws UnauthorizedException (401) for an anonymous caller
   * @throws ForbiddenProblem (403) otherwise
   */
  public void requireAnyRole(String... roles) {
    requireAuthenticated();
    if (!hasAnyRole(roles)) {
      throw new ForbiddenProblem("This request needs one of the roles " + Arrays.toString(roles));
    }
  }

  /**
   * Requires the caller to be the person the record belongs to.
   *
   * @throws UnauthorizedException (401) for an anonymous caller
   * @throws ForbiddenProblem (403) otherwise
   */
  public void requireSubject(String subjectRef) {
    requireAuthenticated();
    if (!isSubject(subjectRef)) {
      throw new ForbiddenProblem("This record belongs to someone else.");
    }
  }

  /**
   * Requires the caller to be the record's person or to hold one of the roles (e.g. an officer).
   *
   * @throws UnauthorizedException (401) for an anonymous caller
   * @throws ForbiddenProblem (403) otherwise
   */
  public void requireSubjectOrAnyRole(String subjectRef, String... roles) {
    requireAuthenticated();
    if (!isSubject(subjectRef) && !hasAnyRole(roles)) {
      throw new ForbiddenProblem("This record belongs to someone else.");
    }
  }

  /**
   * Like {@link #requireSubjectOrAnyRole}, for records whose existence is itself private: another
   * caller gets the same 404 as for a record that does not exist.
   *
   * @throws NotFoundProblem (404) when the caller is neither the owner nor holds a role
   */
  public void requireSubjectOrAnyRoleElseNotFound(
      String subjectRef, String resourceType, Object id, String... roles) {
    requireAuthenticated();
    if (!isSubject(subjectRef) && !hasAnyRole(roles)) {
      throw new NotFoundProblem(resourceType, id);
    }
  }

  /**
   * @throws UnauthorizedException (401) for an anonymous caller
   */
  public void requireAuthenticated() {
    if (isAnonymous()) {
      throw new UnauthorizedException();
    }
  }

  private Optional<JsonWebToken> token() {
    return identity.getPrincipal() instanceof JsonWebToken jwt
        ? Optional.of(jwt)
        : Optional.empty();
  }

  /**
   * Who acts, for the histories and audit trails a service keeps: the token's {@code sub} (stable,
   * opaque, no personal data), the client id of a token without one, {@code anonymous} without a
   * token. One rule for every service; a username may be a person's name, so it is not used.
   */
  public String actorId() {
    if (isAnonymous()) {
      return ANONYMOUS;
    }
    return subject().or(this::clientId).orElse("unknown");
  }

  /** The actor id of a caller without a token. */
  public static final String ANONYMOUS = "anonymous";

  /**
   * The claim that names a health officer's facility (Keycloak user attribute {@code facility}).
   */
  public static final String FACILITY_CLAIM = "facility";

  /** The facility a health officer works at ({@value #FACILITY_CLAIM} claim), when set. */
  public Optional<String> facility() {
    return claim(FACILITY_CLAIM);
  }

  /**
   * A string claim of the token, unquoted; empty for an absent or blank claim. For claims the
   * platform defines ({@code nik}, {@code facility}) use their own accessors.
   */
  public Optional<String> claim(String name) {
    return token()
        .map(jwt -> jwt.getClaim(name))
        .map(Object::toString)
        .map(CallerIdentity::unquote)
        .filter(s -> !s.isBlank());
  }

  /** JSON string claims may come back as JSON values ({@code "abc"}). */
  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  @Override
  public String toString() {
    return "CallerIdentity[subject="
        + subject().orElse("-")
        + ", username="
        + username().orElse("-")
        + ", client="
        + clientId().orElse("-")
        + ", roles="
        + roles()
        + "]";
  }
}
