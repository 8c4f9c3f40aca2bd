package id.go.okikab.gateway.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.okikab.contracts.PlatformEvents;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every event of the platform's catalog has an Indonesian title on the citizen timeline. */
class TimelineTitlesTest {

  @Test
  void everyCataloguedEventHasATitle() {
    ResourceBundle titles = ResourceBundle.getBundle("timeline-titles");
    List<String> missing =
        PlatformEvents.CATALOG.types().stream()
            .map(type -> type.name())
            .filter(name -> !titles.containsKey(name) || titles.getString(name).isBlank())
            .toList();
    assertTrue(missing.isEmpty(), "events without a timeline title: " + missing);
  }
}
