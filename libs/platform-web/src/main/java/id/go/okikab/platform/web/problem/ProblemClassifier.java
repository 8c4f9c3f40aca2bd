package id.go.okikab.platform.web.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import id.go.okikab.platform.web.json.StrictJson;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Decides which problem an exception is. Wrappers (transaction rollbacks, CDI's
 * undeclared-throwable, JAX-RS' wrapping) are looked through: the first exception in the cause
 * chain that a rule knows decides. Anything unknown is a 500 {@code internal} whose detail says
 * nothing about the cause.
 */
final class ProblemClassifier {

  /** The database of the service (its own PostgreSQL). */
  static final String DATABASE = "database";

  /** The OpenID Connect provider (Keycloak) that issues and signs tokens. */
  static final String IDENTITY_PROVIDER = "identity-provider";

  private static final int MAX_DEPTH = 25;

  private ProblemClassifier() {}

  /** A classified exception: the problem to answer, and extra response headers. */
  record Classified(ProblemException problem, Map<String, String> headers) {
    Classified(ProblemException problem) {
      this(problem, Map.of());
    }
  }

  static Classified classify(Throwable thrown) {
    List<Throwable> chain = chain(thrown);
    for (Throwable t : chain) {
      Classified classified = classifyOne(t, t == thrown, chain);
      if (classified != null) {
        return classified;
      }
    }
    return new Classified(internal(thrown));
  }

  private static Classified classifyOne(Throwable t, boolean topLevel, List<Throwable> chain) {
    if (t instanceof ProblemException problem) {
      return new Classified(problem);
    }
    if (t instanceof ConstraintViolationException violations) {
      return new Classified(validation(violations));
    }
    if (t instanceof JsonProcessingException json
        && isReadFailure(json)
        && (topLevel || requestEntityRead(chain))) {
      return new Classified(malformed(json));
    }
    if (t instanceof UnauthorizedException
        || t instanceof AuthenticationFailedException
        || t instanceof AuthenticationCompletionException) {
      if (identityProviderUnreachable(chain)) {
        return new Classified(new DependencyUnavailableException(IDENTITY_PROVIDER, t));
      }
      return new Classified(unauthorized(t instanceof UnauthorizedException));
    }
    if (t instanceof OIDCException) {
      // raised while serving a request: the provider could not be reached (discovery, keys)
      return new Classified(new DependencyUnavailableException(IDENTITY_PROVIDER, t));
    }
    if (t instanceof io.quarkus.security.ForbiddenException) {
      return new Classified(new ForbiddenProblem("You are not allowed to perform this request."));
    }
    if (t instanceof WebApplicationException web) {
      return webApplication(web);
    }
    if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
      return new Classified(
          new ConflictProblem(
              "The resource was changed by another request. Read it again and retry."));
    }
    if (t instanceof JDBCConnectionException
        || t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException) {
      return new Classified(new DependencyUnavailableException(DATABASE, t));
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      return sqlState(sql);
    }
    return null;
  }

  // ---- validation and malformed requests

  private static ProblemException validation(ConstraintViolationException exception) {
    Set<ConstraintViolation<?>> violations = exception.getConstraintViolations();
    boolean returnValue =
        violations != null
            && violations.stream()
                .anyMatch(
                    v ->
                        StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                            .anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
    if (violations == null || violations.isEmpty() || returnValue) {
      // an invalid response, or validation of something that is not the request: a server bug
      return internal(exception);
    }
    List<FieldError> errors =
        violations.stream()
            .map(v -> new FieldError(ViolationFields.of(v), v.getMessage()))
            .distinct()
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return new ValidationProblem(errors);
  }

  /**
   * Whether Jackson failed reading input (syntax, types, values) rather than writing output: a
   * failure to serialise a response is the server's fault.
   */
  private static boolean isReadFailure(JsonProcessingException exception) {
    return exception instanceof StreamReadException
        || exception instanceof MismatchedInputException
        || exception instanceof ValueInstantiationException
        || (exception instanceof JsonMappingException mapping
            && mapping.getProcessor() instanceof JsonParser);
  }

  /** A JSON failure from reading the request body is wrapped at most by a JAX-RS 400. */
  private static boolean requestEntityRead(List<Throwable> chain) {
    return chain.get(0) instanceof WebApplicationException web
        && web.getResponse().getStatus() == 400;
  }

  /**
   * Whatever failed while reading a request body is the body's problem (400), also when Jackson
   * calls it a definition problem: a repeated member of a record body, for one, surfaces as an
   * {@link InvalidDefinitionException} from the parser.
   */
  private static ProblemException malformed(JsonProcessingException exception) {
    String field =
        exception instanceof JsonMappingException mapping ? ViolationFields.of(mapping) : null;
    List<FieldError> errors = List.of();
    String detail = "The request body is not valid JSON.";
    if (field != null) {
      errors = List.of(new FieldError(field, describe(exception)));
      detail = "The request body has a field of the wrong type or format: " + field + ".";
    } else if (exception instanceof MismatchedInputException) {
      detail = "The request body does not have the expected structure.";
    }
    return new ProblemException(
        400, ProblemTypes.MALFORMED_REQUEST, "Malformed request", detail, errors, exception);
  }

  /** What the field should have been; never the value the client sent. */
  private static String describe(JsonProcessingException exception) {
    if (exception instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (exception instanceof InvalidFormatException format
        && format.getTargetType() == String.class
        && String.valueOf(format.getOriginalMessage()).equals(StrictJson.NUL_MESSAGE)) {
      return StrictJson.NUL_MESSAGE;
    }
    if (exception instanceof MismatchedInputException mismatch) {
      Class<?> target = mismatch.getTargetType();
      if (target == null) {
        return "has the wrong type";
      }
      if (target.isEnum()) {
        return "must be one of " + Arrays.toString(target.getEnumConstants());
      }
      if (target == java.time.LocalDate.class) {
        return "must be a date (yyyy-MM-dd)";
      }
      if (Temporal.class.isAssignableFrom(target)) {
        return "must be an ISO-8601 date-time with offset";
      }
      if (target == Boolean.class || target == boolean.class) {
        return "must be true or false";
      }
      if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
        return exception instanceof InvalidFormatException
            ? "must be a number in range"
            : "must be a number";
      }
      if (target == String.class || target == Character.class) {
        return "must be a string";
      }
      if (target.isArray() || Collection.class.isAssignableFrom(target)) {
        return "must be an array";
      }
      return "must be an object";
    }
    return "is invalid";
  }

  // ---- security

  private static ProblemException unauthorized(boolean missing) {
    return new ProblemException(
        401,
        ProblemTypes.UNAUTHORIZED,
        "Unauthorized",
        missing
            ? "This request needs a bearer token."
            : "The bearer token is not valid (signature, issuer, audience or expiry).",
        List.of());
  }

  /** Whether an authentication failure comes from not reaching the OIDC provider. */
  private static boolean identityProviderUnreachable(List<Throwable> chain) {
    List<Throwable> all = new ArrayList<>(chain);
    chain.forEach(t -> all.addAll(Arrays.asList(t.getSuppressed())));
    for (Throwable t : all) {
      if (t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException
          || t instanceof java.net.SocketTimeoutException
          || t instanceof java.util.concurrent.TimeoutException
          || t.getClass().getName().equals("io.netty.channel.ConnectTimeoutException")
          || t.getClass().getName().equals("io.vertx.core.http.ConnectionPoolTooBusyException")) {
        return true;
      }
    }
    return false;
  }

  // ---- JAX-RS

  private static Classified webApplication(WebApplicationException web) {
    int status = web.getResponse().getStatus();
    if (status == 400
        && web.getCause() instanceof JsonProcessingException json
        && isReadFailure(json)) {
      return new Classified(malformed(json));
    }
    if (web instanceof NotFoundException && web.getCause() != null) {
      // JAX-RS answers 404 when a path or query parameter cannot be converted: it is bad input
      return new Classified(
          new ProblemException(
              400,
              ProblemTypes.MALFORMED_REQUEST,
              "Malformed request",
              "A path or query parameter has the wrong format.",
              List.of(),
              web));
    }
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    web.getResponse()
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.equalsIgnoreCase("Content-Length")
                  && values != null
                  && !values.isEmpty()) {
                headers.put(name, String.join(", ", values));
              }
            });
    if (status >= 500) {
      return new Classified(
          status == 503 ? new DependencyUnavailableException("upstream", web) : internal(web),
          headers);
    }
    if (status < 400) {
      return new Classified(internal(web), headers);
    }
    String slug =
        switch (status) {
          case 400 -> ProblemTypes.MALFORMED_REQUEST;
          case 401 -> ProblemTypes.UNAUTHORIZED;
          case 403 -> ProblemTypes.FORBIDDEN;
          case 404 -> ProblemTypes.NOT_FOUND;
          case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
          case 406 -> ProblemTypes.NOT_ACCEPTABLE;
          case 409 -> ProblemTypes.CONFLICT;
          case 412 -> ProblemTypes.PRECONDITION_FAILED;
          case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
          case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
          case 428 -> ProblemTypes.PRECONDITION_REQUIRED;
          case 429 -> ProblemTypes.TOO_MANY_REQUESTS;
          default -> ProblemTypes.HTTP_STATUS;
        };
    String reason = web.getResponse().getStatusInfo().getReasonPhrase();
    String title = reason == null || reason.isBlank() ? "HTTP " + status : reason;
    return new Classified(
        new ProblemException(status, slug, title, webDetail(web, status, title), List.of(), web),
        headers);
  }

  /** A service's own message ({@code new BadRequestException("…")}), else a standard one. */
  private static String webDetail(WebApplicationException web, int status, String title) {
    String message = web.getMessage();
    boolean framework = status == 405 || status == 406 || status == 415;
    if (!framework
        && message != null
        && !message.startsWith("HTTP " + status)
        && web.getCause() == null) {
      return message;
    }
    // the framework's own messages (405, 406, 415) name its internals: the platform's words instead
    return switch (status) {
      case 404 -> "The requested resource does not exist.";
      case 405 -> "This method is not supported by the resource.";
      case 406 ->
          "The resource answers only application/json (errors: application/problem+json);"
              + " ask for one of them in Accept.";
      case 415 ->
          "This operation does not take a body of this media type: send application/json"
              + " (file uploads: multipart/form-data), as the operation's OpenAPI document lists.";
      default -> title + ".";
    };
  }

  // ---- database

  private static Classified sqlState(SQLException sql) {
    String state = sql.getSQLState();
    if (state.equals("23505") || state.equals("23P01")) {
      return new Classified(
          new ConflictProblem("The request conflicts with an existing resource."));
    }
    if (state.equals("22021") || state.equals("22P05")) {
      // character_not_in_repertoire / untranslatable_character: a NUL byte or an unmappable
      // character that got past the edge checks (a header, a multipart part)
      return new Classified(
          new ProblemException(
              400,
              ProblemTypes.MALFORMED_REQUEST,
              "Malformed request",
              "The request contains a character that cannot be stored (such as a NUL byte).",
              List.of(),
              sql));
    }
    if (state.equals("40001") || state.equals("40P01")) {
      return new Classified(
          new ConflictProblem(
              "The request collided with a concurrent change. Read the resource again and retry."));
    }
    if (state.startsWith("08")
        || state.equals("57P01")
        || state.equals("57P03")
        || state.equals("53300")) {
      return new Classified(new DependencyUnavailableException(DATABASE, sql));
    }
    return null;
  }

  // ---- anything else

  static ProblemException internal(Throwable cause) {
    return new ProblemException(
        500,
        ProblemTypes.INTERNAL,
        "Internal error",
        "The request could not be completed because of an error in the service."
            + " Quote the requestId when reporting it.",
        List.of(),
        cause);
  }

  private static List<Throwable> chain(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = thrown;
        t != null && chain.size() < MAX_DEPTH && seen.put(t, true) == null;
        t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }
}
