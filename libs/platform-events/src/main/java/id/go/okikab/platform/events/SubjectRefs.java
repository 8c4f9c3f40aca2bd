package id.go.okikab.platform.events;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Subject references: how events, logs and read models refer to a person without their NIK.
 *
 * <p>{@code subjectRef = hex(HMAC-SHA256(secret, NIK))}, under the platform secret {@code
 * oki.subject-ref.secret} that every service shares. A plain hash would not do: the NIK space
 * (region, birth date, 4-digit serial) is small enough to enumerate. The prod profile refuses to
 * start with the development default or with a secret shorter than 32 characters.
 */
@ApplicationScoped
public class SubjectRefs {

  /** The development default; never accepted in the prod profile. */
  public static final String DEVELOPMENT_SECRET = "oki-development-subject-ref-secret-not-for-prod";

  static final int MINIMUM_SECRET_LENGTH = 32;

  private final SecretKeySpec key;

  public SubjectRefs(
      @ConfigProperty(name = "oki.subject-ref.secret", defaultValue = DEVELOPMENT_SECRET)
          String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /**
   * The subject reference of a NIK (64 lowercase hex characters).
   *
   * @throws IllegalArgumentException when {@code nik} is not 16 digits
   */
  public String of(String nik) {
    if (nik == null || !nik.matches("\\d{16}")) {
      throw new IllegalArgumentException("a NIK is 16 digits");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(nik.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  void checkSecretAtStartup(@Observes StartupEvent startup, Config config) {
    List<String> profiles = config.unwrap(SmallRyeConfig.class).getProfiles();
    String secret =
        config.getOptionalValue("oki.subject-ref.secret", String.class).orElse(DEVELOPMENT_SECRET);
    checkSecret(profiles, LaunchMode.current(), secret);
  }

  /**
   * Refuses the development default, or a short secret, in the prod profile.
   *
   * @throws IllegalStateException when the secret is not fit for the active profile
   */
  static void checkSecret(List<String> profiles, LaunchMode mode, String secret) {
    boolean prod = profiles.contains("prod") && mode == LaunchMode.NORMAL;
    if (!prod) {
      return;
    }
    if (DEVELOPMENT_SECRET.equals(secret)) {
      throw new IllegalStateException(
          "oki.subject-ref.secret is the development default: set OKI_SUBJECT_REF_SECRET for prod");
    }
    if (secret.length() < MINIMUM_SECRET_LENGTH) {
      throw new IllegalStateException(
          "oki.subject-ref.secret must have at least " + MINIMUM_SECRET_LENGTH + " characters");
    }
  }
}
