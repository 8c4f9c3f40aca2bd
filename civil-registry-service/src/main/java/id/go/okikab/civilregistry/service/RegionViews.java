package id.go.okikab.civilregistry.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Region reference data. */
public final class RegionViews {

  private RegionViews() {}

  /** A Kemendagri region. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RegionView(
      String code,
      String dottedCode,
      String level,
      String name,
      String kind,
      String parentCode,
      String bpsCode,
      String decree,
      List<RegionRef> path) {}

  /** An enclosing region. */
  public record RegionRef(String code, String level, String name) {}
}
