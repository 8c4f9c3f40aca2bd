package id.go.okikab.permits.domain;

import id.go.okikab.contracts.permits.ZoningLayerPublished;
import id.go.okikab.platform.web.problem.ConflictProblem;
import id.go.okikab.platform.web.problem.NotFoundProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A zoning layer of the spatial plan, with its uploaded versions and the one published. */
@Entity
@Table(name = "zoning_layer")
public class ZoningLayer {

  @Id public UUID id;

  public String code;

  public String name;

  @Column(name = "plan_kind")
  public String planKind;

  public boolean demonstration;

  @Column(name = "latest_version")
  public int latestVersion;

  @Column(name = "active_version")
  public Integer activeVersion;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Version public long version;

  public static ZoningLayer create(
      String code, String name, String planKind, boolean demonstration, OffsetDateTime now) {
    ZoningLayer l = new ZoningLayer();
    l.id = UUID.randomUUID();
    l.code = code;
    l.name = name;
    l.planKind = planKind;
    l.demonstration = demonstration;
    l.latestVersion = 1;
    l.createdAt = now;
    return l;
  }

  /** The number of the next uploaded version. */
  public int nextVersion() {
    latestVersion++;
    return latestVersion;
  }

  /**
   * Makes {@code number} the active version.
   *
   * @throws NotFoundProblem when there is no such version
   * @throws ConflictProblem when it is active already
   */
  public ZoningLayerPublished publish(int number, int featureCount, OffsetDateTime now) {
    if (number < 1 || number > latestVersion) {
      throw new NotFoundProblem("zoning layer version", code + "/" + number);
    }
    if (activeVersion != null && activeVersion == number) {
      throw new ConflictProblem("Version " + number + " of " + code + " is already active.");
    }
    activeVersion = number;
    return new ZoningLayerPublished(id.toString(), code, number, featureCount, now);
  }
}
