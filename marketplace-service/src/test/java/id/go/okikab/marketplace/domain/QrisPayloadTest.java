package id.go.okikab.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.okikab.marketplace.domain.qris.Crc16;
import id.go.okikab.marketplace.domain.qris.QrisFormatException;
import id.go.okikab.marketplace.domain.qris.QrisPayload;
import org.junit.jupiter.api.Test;

/** QRIS payload and CRC against the test strings of domain.md §5. */
class QrisPayloadTest {

  static final String DYNAMIC =
      "00020101021251440014ID.CO.QRIS.WWW0215ID10240000000010303UMI5204549953033605405250005802ID5915TOKO CONTOH OKI6010KAYU AGUNG6105306116304FA93";
  static final String STATIC =
      "00020101021151440014ID.CO.QRIS.WWW0215ID10240000000010303UMI5204549953033605802ID5915TOKO CONTOH OKI6010KAYU AGUNG6105306116304D748";

  @Test
  void crcCheckValue() {
    assertThat(Crc16.hex("123456789")).isEqualTo("29B1");
  }

  @Test
  void crcOfTheTestStrings() {
    assertThat(Crc16.hex(DYNAMIC.substring(0, DYNAMIC.length() - 4))).isEqualTo("FA93");
    assertThat(Crc16.hex(STATIC.substring(0, STATIC.length() - 4))).isEqualTo("D748");
  }

  @Test
  void buildsTheDynamicTestString() {
    QrisPayload p =
        new QrisPayload(
            true,
            "ID1024000000001",
            "UMI",
            "5499",
            25000L,
            "Toko Contoh OKI",
            "Kayu Agung",
            "30611",
            null);
    assertThat(p.encode()).isEqualTo(DYNAMIC);
  }

  @Test
  void buildsTheStaticTestString() {
    QrisPayload p =
        new QrisPayload(
            false,
            "ID1024000000001",
            "UMI",
            "5499",
            null,
            "TOKO CONTOH OKI",
            "KAYU AGUNG",
            "30611",
            null);
    assertThat(p.encode()).isEqualTo(STATIC);
  }

  @Test
  void parsesTheTestStrings() {
    QrisPayload d = QrisPayload.parse(DYNAMIC);
    assertThat(d.dynamic()).isTrue();
    assertThat(d.amount()).isEqualTo(25000L);
    assertThat(d.nmid()).isEqualTo("ID1024000000001");
    assertThat(d.criteria()).isEqualTo("UMI");
    assertThat(d.merchantName()).isEqualTo("TOKO CONTOH OKI");
    assertThat(d.city()).isEqualTo("KAYU AGUNG");
    assertThat(d.postalCode()).isEqualTo("30611");
    QrisPayload s = QrisPayload.parse(STATIC);
    assertThat(s.dynamic()).isFalse();
    assertThat(s.amount()).isNull();
  }

  @Test
  void roundTripWithABillNumber() {
    QrisPayload p =
        new QrisPayload(
            true,
            "ID2024123456789",
            "UKE",
            "5812",
            150000L,
            "Rumah Makan Pindang Patin Kayuagung Sejahtera",
            "Sirah Pulau Padang",
            null,
            "MP-0123456789ABCDEFGHJK");
    String text = p.encode();
    QrisPayload back = QrisPayload.parse(text);
    assertThat(back.billNumber()).isEqualTo("MP-0123456789ABCDEFGHJK");
    assertThat(back.amount()).isEqualTo(150000L);
    assertThat(back.merchantName()).hasSize(25).startsWith("RUMAH MAKAN PINDANG");
    assertThat(back.city()).hasSizeLessThanOrEqualTo(15);
    assertThat(back.encode()).isEqualTo(text);
  }

  @Test
  void refusesMalformedPayloads() {
    assertThatThrownBy(() -> QrisPayload.parse(DYNAMIC.replace("FA93", "FA94")))
        .isInstanceOf(QrisFormatException.class)
        .hasMessageContaining("CRC");
    assertThatThrownBy(() -> QrisPayload.parse(DYNAMIC.substring(0, 40)))
        .isInstanceOf(QrisFormatException.class);
    assertThatThrownBy(() -> QrisPayload.parse("0002010102126304ABCD"))
        .isInstanceOf(QrisFormatException.class);
    assertThatThrownBy(() -> QrisPayload.parse(null)).isInstanceOf(QrisFormatException.class);
    // a dynamic code without its amount
    String noAmount = STATIC.replace("010211", "010212");
    String body = noAmount.substring(0, noAmount.length() - 4);
    assertThatThrownBy(() -> QrisPayload.parse(body + Crc16.hex(body)))
        .hasMessageContaining("amount");
  }

  @Test
  void aDynamicCodeNeedsAPositiveAmount() {
    assertThatThrownBy(
            () ->
                new QrisPayload(true, "ID1024000000001", "UMI", "5499", 0L, "A", "B", null, null)
                    .encode())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
