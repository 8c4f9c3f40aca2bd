package id.go.okikab.marketplace.domain.qris;

import java.util.ArrayList;
import java.util.List;

/** EMVCo TLV: a 2-digit tag, a 2-digit length, the value. */
public record Tlv(String tag, String value) {

  public Tlv {
    if (tag == null || !tag.matches("\\d{2}")) {
      throw new IllegalArgumentException("a tag is 2 digits: " + tag);
    }
    if (value == null || value.length() > 99) {
      throw new IllegalArgumentException("tag " + tag + ": value of 0-99 characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new IllegalArgumentException("tag " + tag + ": printable ASCII only");
      }
    }
  }

  /** The encoded element. */
  public String encode() {
    return tag + String.format("%02d", value.length()) + value;
  }

  /** The elements of a TLV string, in order. */
  public static List<Tlv> parse(String text) {
    List<Tlv> elements = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (i + 4 > text.length()) {
        throw new QrisFormatException("truncated element at position " + i);
      }
      String tag = text.substring(i, i + 2);
      String length = text.substring(i + 2, i + 4);
      if (!tag.matches("\\d{2}") || !length.matches("\\d{2}")) {
        throw new QrisFormatException("tag and length are digits, at position " + i);
      }
      int n = Integer.parseInt(length);
      if (i + 4 + n > text.length()) {
        throw new QrisFormatException("tag " + tag + " runs past the end");
      }
      try {
        elements.add(new Tlv(tag, text.substring(i + 4, i + 4 + n)));
      } catch (IllegalArgumentException e) {
        throw new QrisFormatException(e.getMessage());
      }
      i += 4 + n;
    }
    return elements;
  }
}
