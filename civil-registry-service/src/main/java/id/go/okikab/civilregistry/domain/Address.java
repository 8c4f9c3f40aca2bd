package id.go.okikab.civilregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An address in OKI: the Kemendagri desa/kelurahan code (10 digits), RT, RW and street. */
@Embeddable
public class Address {

  @Column(name = "desa_code")
  public String desaCode;

  public String rt;

  public String rw;

  public String street;

  public Address() {}

  public Address(String desaCode, String rt, String rw, String street) {
    this.desaCode = desaCode;
    this.rt = rt;
    this.rw = rw;
    this.street = street;
  }

  public Address copy() {
    return new Address(desaCode, rt, rw, street);
  }

  /** The kecamatan code (first 6 digits of the desa code). */
  public String kecamatanCode() {
    return desaCode.substring(0, 6);
  }
}
