package id.go.okikab.health.api;

import id.go.okikab.health.domain.Pregnancy;
import id.go.okikab.health.service.Access;
import id.go.okikab.health.service.AncService;
import id.go.okikab.health.service.DeliveryService;
import id.go.okikab.health.service.PostnatalService;
import id.go.okikab.health.service.PregnancyCommands.AddRiskFactors;
import id.go.okikab.health.service.PregnancyCommands.MotherLookup;
import id.go.okikab.health.service.PregnancyCommands.RecordAncContact;
import id.go.okikab.health.service.PregnancyCommands.RecordDelivery;
import id.go.okikab.health.service.PregnancyCommands.RecordVisit;
import id.go.okikab.health.service.PregnancyCommands.RegisterPregnancy;
import id.go.okikab.health.service.PregnancyService;
import id.go.okikab.health.service.PregnancyViews.AncContactRecordedView;
import id.go.okikab.health.service.PregnancyViews.AncContactView;
import id.go.okikab.health.service.PregnancyViews.DeliveryView;
import id.go.okikab.health.service.PregnancyViews.PregnancySummary;
import id.go.okikab.health.service.PregnancyViews.PregnancyView;
import id.go.okikab.health.service.PregnancyViews.RiskView;
import id.go.okikab.health.service.PregnancyViews.VisitView;
import id.go.okikab.health.service.Versioned;
import id.go.okikab.platform.web.idempotency.IdempotencyNotRequired;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pregnancies (Buku KIA, the mother's part): registration, ANC contacts, KSPR risk, delivery and
 * postnatal (KF) visits. Health officers of the record's area act; the mother reads her own.
 */
@Path("/api/v1/pregnancies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pregnancies")
public class PregnancyResource {

  /** 403 of the KIA record routes (a citizen who is not a person of the record gets the 404). */
  static final String KIA_FORBIDDEN =
      "Wrong role, or a health officer without an active facility or outside the record's area";

  private final PregnancyService pregnancies;
  private final AncService anc;
  private final DeliveryService deliveries;
  private final PostnatalService postnatal;

  public PregnancyResource(
      PregnancyService pregnancies,
      AncService anc,
      DeliveryService deliveries,
      PostnatalService postnatal) {
    this.pregnancies = pregnancies;
    this.anc = anc;
    this.deliveries = deliveries;
    this.postnatal = postnatal;
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Register a pregnancy (health officer)",
      description =
          "The mother's NIK is checked (structure, a woman's) and turned into her subjectRef;"
              + " it is not stored. Publishes PregnancyRegistered (and HighRiskPregnancyFlagged"
              + " when the KSPR class starts at KRT or KRST).")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(
      responseCode = "409",
      description = "The mother already has an ongoing pregnancy, or a concurrent registration")
  @APIResponse(
      responseCode = "422",
      description =
          "A KIA rule is broken; the type names it: nik-format, nik-day-invalid, nik-month-invalid, nik-date-invalid, nik-serial-invalid, mother-nik-male (motherNik); desa-code-invalid, desa-outside-oki, unknown-kecamatan (desaCode); hpht-in-future, hpht-too-old (hpht); parity-exceeds-gravida (parity); last-birth-after-hpht, last-birth-without-parity (lastBirthDate); mother-age-implausible (motherBirthDate or motherNik)")
  public Response register(@Valid @NotNull RegisterPregnancy request) {
    PregnancyView created = pregnancies.register(request);
    return Response.created(URI.create("/api/v1/pregnancies/" + created.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "List pregnancies",
      description =
          "A health officer gets those of their facility's area, a citizen her own. Each listed"
              + " record is read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "A page of pregnancies, newest first")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<PregnancySummary> list(
      @QueryParam("status") Pregnancy.Status status, @Valid @BeanParam PageRequest paging) {
    return pregnancies.list(status, paging);
  }

  @POST
  @Path("/lookup")
  @IdempotencyNotRequired("a search: the NIK travels in the body, never in a URL or access log")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(summary = "Find a mother's pregnancies in the officer's area by her NIK")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "Her pregnancies in the area, newest first")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(
      responseCode = "422",
      description =
          "The NIK breaks its structure: nik-format, nik-day-invalid, nik-month-invalid, nik-date-invalid, nik-serial-invalid, mother-nik-male (motherNik)")
  public List<PregnancySummary> lookup(@Valid @NotNull MotherLookup request) {
    return pregnancies.lookup(request.motherNik());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "A pregnancy with its KSPR risk, ANC schedule (due/overdue) and delivery",
      description = "Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The pregnancy; ETag is its version")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    PregnancyView view = pregnancies.get(id);
    return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(view.version())).build();
  }

  @GET
  @Path("/{id}/anc-contacts")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(summary = "The ANC contacts with their measurements", description = "Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The contacts, K1 first")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<AncContactView> contacts(@PathParam("id") UUID id) {
    return pregnancies.contacts(id);
  }

  @GET
  @Path("/{id}/anc-contacts/{contactId}")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(summary = "One ANC contact", description = "Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The contact")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public AncContactView contact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId) {
    return pregnancies.contact(id, contactId);
  }

  @POST
  @Path("/{id}/anc-contacts")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Record an ANC contact (K1, K2, …) with the visit's measurements",
      description =
          "The trimester comes from HPHT. LiLA < 23.5 cm, Hb < 11 g/dL and blood pressure ≥"
              + " 140/90 add KSPR factors. Publishes AncContactRecorded (number and trimester"
              + " only) and HighRiskPregnancyFlagged when the class rises.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "201", description = "Recorded, with the pregnancy's risk after it")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "A concurrent change of the pregnancy")
  @APIResponse(
      responseCode = "422",
      description =
          "A KIA rule is broken; the type names it: pregnancy-not-ongoing; visit-date-in-future, visit-before-hpht, visit-before-previous-contact, gestation-too-long (visitDate); blood-pressure-incomplete, blood-pressure-inconsistent (systolicMmHg, diastolicMmHg)")
  public Response recordContact(
      @PathParam("id") UUID id, @Valid @NotNull RecordAncContact request) {
    AncContactRecordedView recorded = anc.recordContact(id, request);
    return Response.created(
            URI.create("/api/v1/pregnancies/" + id + "/anc-contacts/" + recorded.contact().id()))
        .entity(recorded)
        .build();
  }

  @POST
  @Path("/{id}/risk-factors")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Add KSPR risk factors found outside a visit",
      description =
          "Changes the pregnancy's score and class, so If-Match must name the ETag read (GET"
              + " /pregnancies/{id}); the answer carries the new ETag. Factors are never removed:"
              + " the score never decreases.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The pregnancy's risk")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "A concurrent change of the pregnancy")
  @APIResponse(
      responseCode = "422",
      description = "pregnancy-not-ongoing: factors are added to an ongoing pregnancy only")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response addRiskFactors(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull AddRiskFactors request) {
    Versioned<RiskView> risk = anc.addRiskFactors(id, ifMatch, request);
    return Response.ok(risk.view())
        .header(HttpHeaders.ETAG, Preconditions.etag(risk.version()))
        .build();
  }

  @POST
  @Path("/{id}/delivery")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Record the delivery",
      description =
          "Changes the pregnancy's state (ongoing → delivered), so If-Match must name the ETag"
              + " read (GET /pregnancies/{id}); the answer carries the new ETag."
              + " One entry per baby (date-time with offset, WIB). Closes the pregnancy, opens a child"
              + " record with its immunisation schedule and KN visits per live birth, plans KF1-KF4,"
              + " and publishes one BirthReported per baby for the civil registry.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "201", description = "Recorded")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "A concurrent change of the pregnancy")
  @APIResponse(
      responseCode = "422",
      description =
          "A KIA rule is broken; the type names it: pregnancy-not-ongoing; delivery-in-future, delivery-before-hpht, gestation-too-long (babies[i].bornAt); live-birth-before-20-weeks (babies[i].outcome); unknown-facility (facilityCode); desa-code-invalid, desa-outside-oki, unknown-kecamatan (desaCode)")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response deliver(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull RecordDelivery request) {
    Versioned<DeliveryView> delivery = deliveries.deliver(id, ifMatch, request);
    return Response.created(URI.create("/api/v1/pregnancies/" + id + "/delivery"))
        .header(HttpHeaders.ETAG, Preconditions.etag(delivery.version()))
        .entity(delivery.view())
        .build();
  }

  @GET
  @Path("/{id}/delivery")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(summary = "The delivery of a pregnancy", description = "Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The delivery")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public DeliveryView delivery(@PathParam("id") UUID id) {
    return pregnancies.delivery(id);
  }

  @GET
  @Path("/{id}/postnatal-visits")
  @RolesAllowed({Access.OFFICER, Access.CITIZEN})
  @Operation(
      summary = "KF and KN visits with their windows and status (due, missed, done)",
      description = "Read-audited.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The visits by window")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<VisitView> postnatalVisits(@PathParam("id") UUID id) {
    return pregnancies.postnatalVisits(id);
  }

  @POST
  @Path("/{id}/postnatal-visits")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Access.OFFICER)
  @Operation(
      summary = "Record a postnatal visit of the mother (KF1-KF4)",
      description = "A visit after its window is recorded as DONE_LATE.")
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = KIA_FORBIDDEN)
  @APIResponse(responseCode = "200", description = "The visit")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "The visit is already recorded, or a concurrent recording")
  @APIResponse(
      responseCode = "422",
      description =
          "A KIA rule is broken; the type names it: pregnancy-not-delivered, visit-kind-mismatch, visit-not-planned, visit-cancelled (kind); visit-in-future, visit-before-window (visitedAt)")
  public Response recordPostnatalVisit(
      @PathParam("id") UUID id, @Valid @NotNull RecordVisit request) {
    return Response.ok(postnatal.recordForMother(id, request)).build();
  }
}
