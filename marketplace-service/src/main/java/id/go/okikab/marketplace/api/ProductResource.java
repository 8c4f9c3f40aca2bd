package id.go.okikab.marketplace.api;

import id.go.okikab.marketplace.service.Access;
import id.go.okikab.marketplace.service.CatalogueSearch;
import id.go.okikab.marketplace.service.ProductCommands.AdjustStock;
import id.go.okikab.marketplace.service.ProductCommands.ListProduct;
import id.go.okikab.marketplace.service.ProductCommands.UpdateProduct;
import id.go.okikab.marketplace.service.ProductService;
import id.go.okikab.marketplace.service.ProductViews.CatalogueItem;
import id.go.okikab.marketplace.service.ProductViews.CategoryView;
import id.go.okikab.marketplace.service.ProductViews.PriceView;
import id.go.okikab.marketplace.service.ProductViews.ProductView;
import id.go.okikab.marketplace.service.ProductViews.StockView;
import id.go.okikab.platform.web.files.StoredFile;
import id.go.okikab.platform.web.idempotency.Idempotent;
import id.go.okikab.platform.web.openapi.ProblemDocs;
import id.go.okikab.platform.web.paging.Page;
import id.go.okikab.platform.web.paging.PageRequest;
import id.go.okikab.platform.web.precondition.Preconditions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The catalogue (public) and the shops' products. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

  private final ProductService products;
  private final CatalogueSearch catalogue;

  public ProductResource(ProductService products, CatalogueSearch catalogue) {
    this.products = products;
    this.catalogue = catalogue;
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Search the catalogue (public)",
      description =
          "Verified shops' active, in-stock products. q: full-text (simple dictionary, accents"
              + " ignored) or trigram word similarity of the name, so spelling variants and typos"
              + " match (kripik → keripik). sort: relevance (default with q), price_asc,"
              + " price_desc, newest (default without q).")
  @APIResponse(responseCode = "200", description = "A page of products")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  public Page<CatalogueItem> search(
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("category") @Pattern(regexp = "[A-Z_]{2,30}", message = "must be a category code")
          String category,
      @QueryParam("kecamatan")
          @Pattern(regexp = "1602\\d{2}", message = "must be an OKI kecamatan code (6 digits)")
          String kecamatan,
      @QueryParam("minPrice") @PositiveOrZero Long minPrice,
      @QueryParam("maxPrice") @PositiveOrZero Long maxPrice,
      @QueryParam("sort")
          @Pattern(
              regexp = "(?i)relevance|price_asc|price_desc|newest",
              message = "must be relevance, price_asc, price_desc or newest")
          String sort,
      @Valid @BeanParam PageRequest paging) {
    return catalogue.search(
        new CatalogueSearch.Criteria(
            q,
            category,
            kecamatan,
            minPrice,
            maxPrice,
            sort == null ? null : CatalogueSearch.SortOrder.valueOf(sort.toUpperCase(Locale.ROOT))),
        paging);
  }

  @GET
  @Path("/categories")
  @PermitAll
  @Operation(summary = "The fixed list of categories (public); pbjt = its sales are a PBJT base")
  @APIResponse(responseCode = "200", description = "The categories")
  public List<CategoryView> categories() {
    return products.categories();
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.MERCHANT, Access.CITIZEN})
  @Operation(
      summary = "List a product of the caller's verified shop",
      description = "Price in whole rupiah. Publishes ProductListed.")
  @APIResponse(responseCode = "201", description = "Listed")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(
      responseCode = "422",
      description =
          "merchant-unknown, merchant-not-verified (merchantId); category-unknown (category); price-not-positive (price); stock-negative (stock); halal-certificate-incomplete")
  public Response list(@Valid @NotNull ListProduct request) {
    ProductView created = products.list(request);
    return Response.created(URI.create("/api/v1/products/" + created.id()))
        .header(HttpHeaders.ETAG, Preconditions.etag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(
      summary = "A product (public when its shop sells and it is active)",
      description = "Its shop and the admins read it in any status.")
  @APIResponse(responseCode = "200", description = "The product; ETag is its version")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response get(@PathParam("id") UUID id) {
    ProductView view = products.get(id);
    return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(view.version())).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.MERCHANT, Access.CITIZEN})
  @Operation(
      summary = "Change a product (its shop)",
      description =
          "A new price is kept in the price history (ProductPriceChanged); placed orders keep"
              + " theirs. The stock is changed by stock adjustments only.")
  @APIResponse(responseCode = "200", description = "The product")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", description = "A concurrent change")
  @APIResponse(responseCode = "412", description = ProblemDocs.PRECONDITION_FAILED)
  @APIResponse(
      responseCode = "422",
      description = "category-unknown; price-not-positive; halal-certificate-incomplete")
  @APIResponse(responseCode = "428", description = ProblemDocs.PRECONDITION_REQUIRED)
  public Response update(
      @PathParam("id") UUID id,
      @Parameter(description = ProblemDocs.IF_MATCH) @HeaderParam(Preconditions.IF_MATCH)
          String ifMatch,
      @Valid @NotNull UpdateProduct request) {
    ProductView view = products.update(id, ifMatch, request);
    return Response.ok(view).header(HttpHeaders.ETAG, Preconditions.etag(view.version())).build();
  }

  @GET
  @Path("/{id}/prices")
  @PermitAll
  @Operation(summary = "The product's price history, oldest first")
  @APIResponse(responseCode = "200", description = "The prices")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<PriceView> prices(@PathParam("id") UUID id) {
    return products.prices(id);
  }

  @POST
  @Path("/{id}/stock-adjustments")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Access.MERCHANT, Access.CITIZEN})
  @Operation(
      summary = "Move the stock (its shop)",
      description =
          "One conditional UPDATE: never below zero, never lost to a concurrent order. Recorded"
              + " with its reason.")
  @APIResponse(responseCode = "201", description = "The stock after the move")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "422", description = "stock-negative, stock-delta-zero (delta)")
  public Response adjust(@PathParam("id") UUID id, @Valid @NotNull AdjustStock request) {
    StockView stock = products.adjust(id, request);
    return Response.status(201).entity(stock).build();
  }

  @POST
  @Path("/{id}/photos")
  @Idempotent
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Access.MERCHANT, Access.CITIZEN})
  @Operation(
      summary = "Add a photo (its shop): multipart field photo, JPEG or PNG, at most 2 MB",
      description = "The media type is read from the bytes; the SHA-256 is kept. At most 8.")
  @APIResponse(responseCode = "201", description = "The photo's metadata")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "401", description = ProblemDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", description = ProblemDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  @APIResponse(responseCode = "413", description = "Larger than 2 MB")
  @APIResponse(responseCode = "415", description = "Not a JPEG or PNG")
  @APIResponse(responseCode = "422", description = "too-many-photos (photo)")
  public Response addPhoto(@PathParam("id") UUID id, @RestForm("photo") FileUpload photo)
      throws IOException {
    StoredFile stored =
        products.addPhoto(
            id,
            photo == null ? null : photo.fileName(),
            photo == null ? new byte[0] : Files.readAllBytes(photo.uploadedFile()));
    return Response.created(URI.create("/api/v1/products/" + id + "/photos/" + stored.id()))
        .entity(stored)
        .build();
  }

  @GET
  @Path("/{id}/photos")
  @PermitAll
  @Operation(summary = "The product's photos (metadata with SHA-256), as visible as the product")
  @APIResponse(responseCode = "200", description = "The photos")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public List<StoredFile> photos(@PathParam("id") UUID id) {
    return products.photos(id);
  }

  @GET
  @Path("/{id}/photos/{photoId}")
  @PermitAll
  @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @Operation(summary = "A photo's bytes")
  @APIResponse(responseCode = "200", description = "The image")
  @APIResponse(responseCode = "400", description = ProblemDocs.BAD_REQUEST)
  @APIResponse(responseCode = "404", description = ProblemDocs.NOT_FOUND)
  public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
    var photo = products.photo(id, photoId);
    return Response.ok(photo.getValue(), photo.getKey().contentType())
        .header("ETag", "\"" + photo.getKey().sha256() + "\"")
        .build();
  }
}
