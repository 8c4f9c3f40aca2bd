package id.go.okikab.contracts.communication;

import id.go.okikab.contracts.Doc;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An agency's announcement was published (after moderation). */
public record AnnouncementPublished(
    @Doc("the announcement (aggregate id, record key)") String announcementId,
    @Doc("the publishing agency code") String agency,
    @Doc("Kemendagri codes (6 digits) of the kecamatan it targets; empty = the whole regency")
        List<String> kecamatanCodes,
    @Doc(value = "its last day", optional = true) LocalDate validUntil,
    @Doc("when") OffsetDateTime publishedAt)
    implements AnnouncementEvent {

  public AnnouncementPublished {
    kecamatanCodes = kecamatanCodes == null ? List.of() : List.copyOf(kecamatanCodes);
  }

  @Override
  public String aggregateId() {
    return announcementId;
  }
}
