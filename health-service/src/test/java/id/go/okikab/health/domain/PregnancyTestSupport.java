package id.go.okikab.health.domain;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared assertion of the domain tests. */
public final class PregnancyTestSupport {

  private PregnancyTestSupport() {}

  /** Asserts that {@code call} breaks {@code rule}, naming {@code field} (or none). */
  public static void assertRule(ThrowingCallable call, String rule, String field) {
    PregnancyTest.assertRule(call, rule, field);
  }
}
