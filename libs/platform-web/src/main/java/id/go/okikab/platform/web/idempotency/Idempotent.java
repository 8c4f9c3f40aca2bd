package id.go.okikab.platform.web.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a creating or acting POST safe to retry with an {@code Idempotency-Key} header: a retry
 * with the same key (per caller, method and path) returns the first response — status, body, {@code
 * Location} and {@code ETag} — and acts once, also when the two requests race. The same key with a
 * different request is a 422 {@code idempotency-key-reused}. Requests without the header act
 * normally.
 *
 * <p>The annotated method must return {@link jakarta.ws.rs.core.Response} or {@code RestResponse},
 * and runs in one transaction that the service's {@code @Transactional} methods join (see {@link
 * IdempotencyInterceptor}). Every POST of a service carries this annotation or {@link
 * IdempotencyNotRequired}; {@link IdempotencyCheck} lists those that do not.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

  /** Request header carrying the key. */
  String HEADER = "Idempotency-Key";
}
