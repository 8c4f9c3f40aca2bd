package id.go.okikab.platform.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTextTest {

  @Test
  void acceptsOrdinaryPathsAndQueries() {
    assertThat(RequestText.problem("/api/v1/residents/1602055708900001", false)).isEmpty();
    assertThat(RequestText.problem("/api/v1/regions/16.02.05%2E2011", false)).isEmpty();
    assertThat(RequestText.problem("q=kayu%20agung&page=2", true)).isEmpty();
    assertThat(RequestText.problem("q=a%09b", true)).isEmpty();
    assertThat(RequestText.problem("q=%E2%82%AC", true)).isEmpty();
  }

  @Test
  void refusesInvalidEscapes() {
    assertThat(RequestText.problem("/a/%zz", false)).contains("has an invalid percent-escape");
    assertThat(RequestText.problem("/a/%4", false)).contains("has an invalid percent-escape");
    assertThat(RequestText.problem("q=%", true)).contains("has an invalid percent-escape");
    assertThat(RequestText.problem("q=%g1", true)).contains("has an invalid percent-escape");
  }

  @Test
  void refusesCharactersThatMustBeEncoded() {
    for (String raw :
        new String[] {"/a/b|c", "/a/<b>", "/a/\"b", "/a/b\\c", "/a/é", "/a/{b}", "/a/b c"}) {
      assertThat(RequestText.problem(raw, false))
          .as(raw)
          .contains("contains a character that must be percent-encoded");
    }
    assertThat(RequestText.problem("q=a|b", true))
        .contains("contains a character that must be percent-encoded");
    assertThat(RequestText.problem("q=a?b/c", true)).isEmpty();
    assertThat(RequestText.problem("/a?b", false))
        .contains("contains a character that must be percent-encoded");
  }

  @Test
  void refusesControlCharactersEncodedOrNot() {
    assertThat(RequestText.problem("/a/%00", false)).contains("contains a control character");
    assertThat(RequestText.problem("/a/%0a", false)).contains("contains a control character");
    assertThat(RequestText.problem("/a/%7F", false)).contains("contains a control character");
    assertThat(RequestText.problem("/a/\u0001", false)).contains("contains a control character");
    assertThat(RequestText.problem("/a/%09", false)).contains("contains a control character");
    assertThat(RequestText.problem("q=a%00", true)).contains("contains a control character");
    assertThat(RequestText.problem("q=a%0D%0A", true)).contains("contains a control character");
  }
}
