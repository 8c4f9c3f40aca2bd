package id.go.okikab.platform.web.testapp;

import id.go.okikab.platform.web.files.FilePolicy;
import id.go.okikab.platform.web.files.FileStore;
import id.go.okikab.platform.web.files.StoredFile;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.identity.CallerIdentity;
import id.go.okikab.platform.web.payment.PaymentNotification;
import id.go.okikab.platform.web.payment.PaymentNotifications;
import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The test application's use of the payment ledger and the file store. */
@Path("/api/v1/test-payments")
@Authenticated
public class PaymentsAndFilesResource {

  private final PaymentNotifications notifications;
  private final FileStore files;
  private final EntityManager entityManager;
  private final CallerIdentity caller;

  PaymentsAndFilesResource(
      PaymentNotifications notifications,
      FileStore files,
      EntityManager entityManager,
      CallerIdentity caller) {
    this.notifications = notifications;
    this.files = files;
    this.entityManager = entityManager;
    this.caller = caller;
  }

  @POST
  @Transactional
  @IdempotencyNotRequired(
      "a provider's retry is answered once per provider reference by PaymentNotifications.once")
  public Map<String, Object> notify(@Valid @NotNull PaymentNotification notification) {
    String id =
        notifications.once(
            caller.clientId().orElse("unknown"),
            notification,
            first -> {
              UUID payment = UUID.randomUUID();
              entityManager
                  .createNativeQuery(
                      "INSERT INTO test_payment (id, billing_code, amount) VALUES (?1, ?2, ?3)")
                  .setParameter(1, payment)
                  .setParameter(2, first.billingCode())
                  .setParameter(3, first.amount())
                  .executeUpdate();
              return payment.toString();
            });
    return Map.of("paymentId", id);
  }

  @GET
  @Path("/count/{billingCode}")
  @Transactional
  public Map<String, Object> count(@PathParam("billingCode") String billingCode) {
    Number n =
        (Number)
            entityManager
                .createNativeQuery("SELECT count(*) FROM test_payment WHERE billing_code = ?1")
                .setParameter(1, billingCode)
                .getSingleResult();
    return Map.of("count", n.longValue());
  }

  @POST
  @Path("/files/{owner}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Transactional
  @IdempotencyNotRequired(
      "test fixture of FileStore: each upload is meant to add a file; services' uploads are"
          + " @Idempotent")
  public StoredFile upload(@PathParam("owner") String owner, @RestForm("photo") FileUpload photo)
      throws IOException {
    return files.store(
        "thing",
        owner,
        "photo",
        "photo",
        photo == null ? null : photo.fileName(),
        photo == null ? new byte[0] : Files.readAllBytes(photo.uploadedFile()),
        FilePolicy.PHOTOS);
  }

  @GET
  @Path("/files/{owner}")
  public List<StoredFile> list(@PathParam("owner") String owner) {
    return files.of("thing", owner);
  }
}
