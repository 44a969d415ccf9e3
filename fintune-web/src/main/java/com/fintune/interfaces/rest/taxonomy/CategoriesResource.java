package com.fintune.interfaces.rest.taxonomy;

import com.fintune.ml.taxonomy.ReasonCategory;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** {@code GET /api/v1/categories}: the denial-reason taxonomy, open to everyone. */
@Path("/categories")
@Tag(name = "Taxonomy", description = "The 12 denial-reason categories")
public class CategoriesResource {

    /** One category as the API shows it. */
    public record Category(int code, String name, String displayName, String meaning, int hmdaCode,
                           String noticeText, String remediationHint) {
        static Category of(ReasonCategory c) {
            return new Category(c.code(), c.name(), c.displayName(), c.meaning(), c.hmdaCode(), c.noticeText(),
                    c.remediationHint());
        }
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCategories",
            summary = "The 12 denial-reason categories in model order, with HMDA codes and Regulation B notice texts")
    public List<Category> categories() {
        return Arrays.stream(ReasonCategory.values()).map(Category::of).toList();
    }
}
