package id.go.okikab.platform.web.testapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "test_thing")
public class Thing {

  @Id public UUID id;

  public String code;

  public String name;

  @Column(name = "owner_ref")
  public String ownerRef;

  @Column(name = "birth_date")
  public LocalDate birthDate;

  @Column(name = "desa_code")
  public String desaCode;

  public String status;

  @Version public long version;
}
