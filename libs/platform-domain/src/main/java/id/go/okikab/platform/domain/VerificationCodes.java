package id.go.okikab.platform.domain;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes of issued documents (certificates, receipts, clearances, permits), the same
 * for every service: 20 characters of Crockford's base-32 alphabet (no I, L, O, U) from a {@link
 * SecureRandom}, 100 random bits: they cannot be guessed or enumerated, unlike a document number.
 */
public final class VerificationCodes {

  public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  public static final int LENGTH = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {}

  public static String next() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(code);
  }

  /**
   * A code as typed by a person: case, spaces and dashes ignored, and the letters Crockford's
   * alphabet leaves out read as the digits they look like (I, L → 1; O → 0).
   */
  public static String normalize(String typed) {
    return typed
        .toUpperCase(Locale.ROOT)
        .replaceAll("[\\s-]", "")
        .replace('I', '1')
        .replace('L', '1')
        .replace('O', '0');
  }

  public static boolean isWellFormed(String code) {
    return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }
}
