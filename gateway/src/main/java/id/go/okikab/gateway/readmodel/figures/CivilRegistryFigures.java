package id.go.okikab.gateway.readmodel.figures;

import id.go.okikab.contracts.civilregistry.BirthRegistered;
import id.go.okikab.contracts.civilregistry.DeathRegistered;
import id.go.okikab.gateway.readmodel.DashboardCounts;
import id.go.okikab.gateway.readmodel.ReadModelProjection;
import id.go.okikab.platform.events.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The civil registry's dashboard figures: births and deaths registered, and the late ones. */
@ApplicationScoped
public class CivilRegistryFigures implements ReadModelProjection {

  public static final String BIRTHS = "births";
  public static final String BIRTHS_LATE = "births-late";
  public static final String DEATHS = "deaths";
  public static final String DEATHS_LATE = "deaths-late";

  private final DashboardCounts counts;

  CivilRegistryFigures(DashboardCounts counts) {
    this.counts = counts;
  }

  @Override
  public void apply(IncomingEvent event) {
    event
        .as(BirthRegistered.class)
        .ifPresent(
            birth -> {
              counts.count(BIRTHS, birth.desaCode(), birth.birthDate());
              if (birth.late()) {
                counts.count(BIRTHS_LATE, birth.desaCode(), birth.birthDate());
              }
            });
    event
        .as(DeathRegistered.class)
        .ifPresent(
            death -> {
              counts.count(DEATHS, death.desaCode(), death.dateOfDeath());
              if (death.late()) {
                counts.count(DEATHS_LATE, death.desaCode(), death.dateOfDeath());
              }
            });
  }

  @Override
  public List<String> tables() {
    return List.of();
  }
}
