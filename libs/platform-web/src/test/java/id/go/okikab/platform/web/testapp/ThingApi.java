package id.go.okikab.platform.web.testapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response records of the test application. */
public final class ThingApi {

  private ThingApi() {}

  public record Address(@NotBlank @Pattern(regexp = "\\d{10}") String desaCode) {}

  public record Tag(@NotBlank String label) {}

  public record CreateThing(
      @NotBlank @Size(max = 100) String code,
      @NotBlank String name,
      @Pattern(regexp = "\\d{16}", message = "must be 16 digits") String nik,
      @NotNull @PastOrPresent LocalDate birthDate,
      @NotNull @Valid Address address,
      List<@Valid Tag> tags,
      @JsonProperty("kode_lama") @Size(max = 3) String legacyCode,
      Integer sleepMillis,
      Boolean failOnce) {}

  public record UpdateThing(@NotBlank String name) {}

  public record ThingView(
      UUID id,
      String code,
      String name,
      LocalDate birthDate,
      String desaCode,
      String status,
      long version) {

    static ThingView of(Thing thing) {
      return new ThingView(
          thing.id,
          thing.code,
          thing.name,
          thing.birthDate,
          thing.desaCode,
          thing.status,
          thing.version);
    }
  }
}
