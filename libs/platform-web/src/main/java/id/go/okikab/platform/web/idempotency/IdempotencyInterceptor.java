package id.go.okikab.platform.web.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.ProblemException;
import id.go.okikab.platform.web.problem.ProblemTypes;
import id.go.okikab.platform.web.problem.ValidationProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Implements {@link Idempotent}.
 *
 * <p>With an {@code Idempotency-Key}, the whole call runs in one transaction (joined by the
 * service's {@code @Transactional} methods) that first claims the key: {@code INSERT … ON CONFLICT}
 * on the key's primary key. A concurrent duplicate blocks on that index until the first transaction
 * ends: after a commit it finds the stored response and replays it; after a rollback it claims the
 * key itself and acts. The response is stored in the same transaction, so a request that fails (an
 * exception, or a 5xx response) leaves nothing behind and its retry acts again.
 *
 * <p>A request is "the same" when its caller, method, path and resource-method arguments (the JSON
 * body, path and query parameters, serialised canonically) are equal. A replay carries the stored
 * status, body, {@code Content-Type}, {@code Location} and {@code ETag}, plus {@code
 * Idempotent-Replayed: true}; other headers of the first response are not kept, and the first
 * response is sent in the same stored form.
 *
 * <p>Keys are 1–100 printable ASCII characters (else 400) and are kept for {@code
 * oki.web.idempotency.retention} (default 24 h).
 */
@Idempotent
@Interceptor
@Priority(
    Interceptor.Priority.PLATFORM_BEFORE + 100) // outside @Transactional (PLATFORM_BEFORE + 200)
public class IdempotencyInterceptor {

  /** Response header marking a replayed response. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  static final String ANONYMOUS = "anonymous";
  private static final java.util.Set<String> SAFE_METHODS =
      java.util.Set.of("GET", "HEAD", "OPTIONS");
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
  private static final List<String> FRAMEWORK_PACKAGES =
      List.of("jakarta.", "javax.", "io.vertx.", "io.quarkus.", "org.jboss.", "java.io.");

  @Inject IdempotencyStore store;
  @Inject CallerIdentity caller;
  @Inject CurrentVertxRequest currentRequest;
  @Inject EntityManager entityManager;

  @Inject ObjectMapper responseMapper;

  /** Arguments in a stable form: sorted properties and map keys, ISO dates. */
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .findAndAddModules()
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  @AroundInvoke
  Object around(InvocationContext invocation) throws Exception {
    RoutingContext context = currentRequest.getCurrent();
    String key = context == null ? null : context.request().getHeader(Idempotent.HEADER);
    if (key == null || SAFE_METHODS.contains(context.request().method().name())) {
      return invocation.proceed();
    }
    if (!KEY.matcher(key).matches()) {
      throw new ValidationProblem(
          Idempotent.HEADER, "must be 1-100 printable ASCII characters without spaces");
    }
    Method method = invocation.getMethod();
    boolean restResponse = RestResponse.class.isAssignableFrom(method.getReturnType());
    if (!restResponse && !Response.class.isAssignableFrom(method.getReturnType())) {
      throw new IllegalStateException(
          "@Idempotent method " + method + " must return Response or RestResponse");
    }
    IdempotencyStore.Scope scope =
        new IdempotencyStore.Scope(
            caller.isAnonymous() ? ANONYMOUS : caller.subject().orElse(ANONYMOUS),
            context.request().method().name(),
            context.request().path(),
            key);
    String fingerprint = fingerprint(invocation);

    Response response =
        QuarkusTransaction.joiningExisting().call(() -> once(invocation, scope, fingerprint));
    return restResponse ? toRestResponse(response) : response;
  }

  private Response once(
      InvocationContext invocation, IdempotencyStore.Scope scope, String fingerprint)
      throws Exception {
    if (!store.claim(scope, fingerprint)) {
      IdempotencyStore.Stored stored =
          store
              .find(scope)
              .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
      if (!stored.fingerprint().equals(fingerprint)) {
        throw new ProblemException(
            422,
            ProblemTypes.IDEMPOTENCY_KEY_REUSED,
            "Idempotency key reused",
            "This Idempotency-Key was already used for a different request.",
            List.of());
      }
      if (stored.status() == null) {
        throw new ConflictProblem("A request with this Idempotency-Key is still in progress.");
      }
      return toResponse(stored, true);
    }

    Object result = invocation.proceed();
    Response response =
        result instanceof RestResponse<?> rest ? rest.toResponse() : (Response) result;
    if (response == null) {
      throw new IllegalStateException("@Idempotent method returned null");
    }
    if (response.getStatus() >= 500) {
      // not a result to repeat: undo the effect and the key, let the retry act again
      QuarkusTransaction.setRollbackOnly();
      return response;
    }
    if (entityManager.isJoinedToTransaction()) {
      entityManager.flush(); // surface constraint violations now, as this request's error
    }
    IdempotencyStore.Stored stored = toStored(fingerprint, response);
    store.complete(scope, stored);
    return toResponse(stored, false);
  }

  private IdempotencyStore.Stored toStored(String fingerprint, Response response)
      throws JsonProcessingException {
    Object entity = response.getEntity();
    String body = null;
    String contentType = null;
    if (entity != null) {
      body = entity instanceof String text ? text : responseMapper.writeValueAsString(entity);
      MediaType type = response.getMediaType();
      contentType = type == null ? MediaType.APPLICATION_JSON : type.toString();
    }
    return new IdempotencyStore.Stored(
        fingerprint,
        response.getStatus(),
        contentType,
        body,
        response.getHeaderString(HttpHeaders.LOCATION),
        response.getHeaderString(HttpHeaders.ETAG));
  }

  private static Response toResponse(IdempotencyStore.Stored stored, boolean replayed) {
    Response.ResponseBuilder builder = Response.status(stored.status());
    if (stored.body() != null) {
      builder.entity(stored.body()).type(stored.contentType());
    }
    if (stored.location() != null) {
      builder.header(HttpHeaders.LOCATION, stored.location());
    }
    if (stored.etag() != null) {
      builder.header(HttpHeaders.ETAG, stored.etag());
    }
    if (replayed) {
      builder.header(REPLAYED_HEADER, "true");
    }
    return builder.build();
  }

  private static RestResponse<Object> toRestResponse(Response response) {
    RestResponse.ResponseBuilder<Object> builder =
        RestResponse.ResponseBuilder.create(response.getStatus());
    builder.entity(response.getEntity());
    response
        .getStringHeaders()
        .forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
    return builder.build();
  }

  /** SHA-256 of the canonical JSON of the method's arguments (framework objects left out). */
  private String fingerprint(InvocationContext invocation) throws JsonProcessingException {
    List<Object> arguments = new ArrayList<>();
    for (Object argument : invocation.getParameters()) {
      arguments.add(argument == null || isFramework(argument.getClass()) ? null : argument);
    }
    byte[] canonical = CANONICAL.writeValueAsBytes(arguments);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isFramework(Class<?> type) {
    String name = type.getName();
    return FRAMEWORK_PACKAGES.stream().anyMatch(name::startsWith);
  }
}
