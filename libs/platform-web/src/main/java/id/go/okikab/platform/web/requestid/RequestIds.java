package id.go.okikab.platform.web.requestid;

import id.go.okikab.platform.events.outbox.Outbox;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The correlation id of the current request.
 *
 * <p>Every HTTP request gets one ({@link RequestIdFilter}): the caller's {@code X-Request-Id} when
 * it is well-formed (1–64 characters of {@code [A-Za-z0-9._-]}), otherwise a new UUID. It is
 * returned in the {@code X-Request-Id} response header (errors included), carried in every problem
 * body, and put in the logging MDC under the key {@value #MDC_KEY} for the whole request, so log
 * lines can print it ({@code %X{requestId}}).
 *
 * <p>The outbox (platform-events) reads the same MDC key to carry the id into the events a request
 * causes, and the inbox sets it while a consumer handles an event, so one id follows a request
 * through every service it reaches.
 */
public final class RequestIds {

  /** Request and response header. */
  public static final String HEADER = "X-Request-Id";

  /**
   * Logging MDC key ({@code org.jboss.logging.MDC}): the one the platform-events outbox reads to
   * carry the id into events, and the inbox sets from an event's {@code ce_correlationid}.
   */
  public static final String MDC_KEY = Outbox.REQUEST_ID_MDC_KEY;

  /** Maximum length of an accepted caller-supplied id. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern WELL_FORMED =
      Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

  private RequestIds() {}

  /** The current request's id, when running inside an HTTP request (on any of its threads). */
  public static Optional<String> current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? Optional.empty() : Optional.of(id.toString());
  }

  /** Whether a caller-supplied id is accepted as is (safe for logs and headers). */
  public static boolean isWellFormed(String id) {
    return id != null && WELL_FORMED.matcher(id).matches();
  }

  /** The caller's id when well-formed, else a new random one. */
  public static String acceptOrCreate(String incoming) {
    return isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
  }
}
