package id.go.okikab.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** subjectRef = hex(HMAC-SHA256(secret, NIK)); vectors computed independently with openssl. */
class SubjectRefsTest {

  @Test
  void isTheHexHmacSha256OfTheNikUnderThePlatformSecret() {
    // printf %s 1602055708900001 | openssl dgst -sha256 -hmac <development secret>
    assertThat(new SubjectRefs(SubjectRefs.DEVELOPMENT_SECRET).of("1602055708900001"))
        .isEqualTo("3381c633737212062206bbfc9a9c82794769c95d8418793c4d158f773bb7bcfc");
    // printf %s 1602130501010003 | openssl dgst -sha256 -hmac
    // 'another-secret-of-at-least-32-characters!'
    assertThat(new SubjectRefs("another-secret-of-at-least-32-characters!").of("1602130501010003"))
        .isEqualTo("7b7bcc8a367a014a85d9f7dc000b12c2dfa9033b32de5994fec36cd2e08eee14");
  }

  @Test
  void dependsOnTheSecretAndNeverContainsTheNik() {
    String nik = "1602055708900001";
    String dev = new SubjectRefs(SubjectRefs.DEVELOPMENT_SECRET).of(nik);
    String other = new SubjectRefs("another-secret-of-at-least-32-characters!").of(nik);
    assertThat(dev).isNotEqualTo(other).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(nik);
  }

  @Test
  void refusesSomethingThatIsNotANik() {
    SubjectRefs refs = new SubjectRefs(SubjectRefs.DEVELOPMENT_SECRET);
    for (String bad :
        new String[] {null, "", "160205570890000", "16020557089000011", "16020557O8900001"}) {
      assertThatThrownBy(() -> refs.of(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theProdProfileRefusesTheDevelopmentDefaultOrAShortSecret() {
    assertThatThrownBy(
            () ->
                SubjectRefs.checkSecret(
                    List.of("prod"), LaunchMode.NORMAL, SubjectRefs.DEVELOPMENT_SECRET))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("development default");
    assertThatThrownBy(
            () -> SubjectRefs.checkSecret(List.of("prod"), LaunchMode.NORMAL, "short-secret"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 32");
    assertThatCode(
            () ->
                SubjectRefs.checkSecret(
                    List.of("prod"), LaunchMode.NORMAL, "a-real-secret-from-the-vault-0123456789"))
        .doesNotThrowAnyException();
  }

  @Test
  void developmentAndTestsMayUseTheDefault() {
    assertThatCode(
            () ->
                SubjectRefs.checkSecret(
                    List.of("dev"), LaunchMode.DEVELOPMENT, SubjectRefs.DEVELOPMENT_SECRET))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                SubjectRefs.checkSecret(
                    List.of("test"), LaunchMode.TEST, SubjectRefs.DEVELOPMENT_SECRET))
        .doesNotThrowAnyException();
  }
}
