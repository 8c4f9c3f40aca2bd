package id.go.okikab.permits.domain.zoning;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ITBX matrix of a layer version: (zone code, activity) → answer and conditions. An activity is
 * a KBLI level — division (2 digits), group (3), class (4) or subclass (5) — and a KBLI is answered
 * by its most specific listed level; an activity not listed for a zone is prohibited there (X), as
 * RDTR zoning regulations list what is allowed.
 */
public final class ActivityMatrix {

  /** One cell. */
  public record Rule(String zoneCode, String activity, Itbx answer, String conditions) {}

  private final Map<String, Rule> rules = new HashMap<>();

  public ActivityMatrix add(Rule rule) {
    rules.put(rule.zoneCode() + "|" + rule.activity(), rule);
    return this;
  }

  /** The rule for {@code kbli} in {@code zoneCode}: subclass first, then class, group, division. */
  public Optional<Rule> lookup(String zoneCode, String kbli) {
    for (int digits = kbli.length(); digits >= 2; digits--) {
      Rule rule = rules.get(zoneCode + "|" + kbli.substring(0, digits));
      if (rule != null) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** Whether any zone lists {@code kbli} at some level (else the KBLI is unknown to the plan). */
  public boolean knows(String kbli) {
    for (Rule rule : rules.values()) {
      if (kbli.startsWith(rule.activity())) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return rules.size();
  }
}
