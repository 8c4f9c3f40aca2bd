package id.go.okikab.devstack.demo.health;

import id.go.okikab.devstack.KeycloakAdmin;
import id.go.okikab.devstack.Stack;
import id.go.okikab.devstack.demo.DemoFailure;
import id.go.okikab.devstack.demo.health.HealthData.Midwife;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

/**
 * The demo midwives of the puskesmas other than Kayu Agung's (which has the realm's {@code
 * bidan1}): accounts of the local development Keycloak, made through its admin API with the
 * development bootstrap administrator, like the realm file's demo users: role {@code
 * health-officer}, the {@code facility} attribute of their puskesmas, password {@code oki-demo}. A
 * health officer reaches only her facility's kecamatan (ADR 0010), so each puskesmas' records are
 * written by its own midwife.
 */
final class Midwives {

  private Midwives() {}

  /** Creates the accounts that do not exist yet; returns how many it created. */
  static int ensure(Stack stack, HttpClient http, List<Midwife> midwives) {
    List<Midwife> missing = midwives.stream().filter(m -> !m.demoUser()).toList();
    if (missing.isEmpty()) {
      return 0;
    }
    try {
      KeycloakAdmin keycloak = KeycloakAdmin.signIn(stack, http);
      int created = 0;
      for (Midwife midwife : missing) {
        boolean made =
            keycloak.ensure(
                new KeycloakAdmin.User(
                    midwife.username(),
                    midwife.firstName(),
                    midwife.lastName(),
                    midwife.username() + "@example.okikab.go.id",
                    "health-officer",
                    Map.of("facility", midwife.facilityCode())));
        created += made ? 1 : 0;
      }
      return created;
    } catch (IllegalStateException e) {
      throw new DemoFailure("creating the demo midwives: " + e.getMessage(), e);
    }
  }
}
