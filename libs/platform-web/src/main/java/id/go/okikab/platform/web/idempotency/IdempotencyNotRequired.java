package id.go.okikab.platform.web.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST that neither creates nor acts (e.g. a search with a body), so that {@link
 * IdempotencyCheck} does not list it. Say why.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotencyNotRequired {

  /** Why this POST needs no Idempotency-Key handling. */
  String value();
}
