package com.fintune.interfaces.rest.contract;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The codes of the API as named string enums of the OpenAPI document. The server's scanner cannot see fintune-ml's
 * enums (they are outside the web module), so each is restated here; EnumSchemasTest fails when one differs from
 * the enum it stands for ({@link #STANDS_FOR}).
 */
public final class EnumSchemas {

    private EnumSchemas() {
    }

    /** Each marker and the enum whose constant names it lists. */
    public static final java.util.Map<Class<?>, Class<? extends Enum<?>>> STANDS_FOR = java.util.Map.of(
            Purpose.class, com.fintune.ml.data.LoanPurpose.class,
            Product.class, com.fintune.ml.data.MortgageProduct.class,
            Lien.class, com.fintune.ml.data.LienStatus.class,
            OccupancyCode.class, com.fintune.ml.data.Occupancy.class,
            Property.class, com.fintune.ml.data.PropertyType.class,
            Employment.class, com.fintune.ml.data.EmploymentStatus.class,
            DecisionCode.class, com.fintune.ml.data.Decision.Outcome.class,
            Category.class, com.fintune.ml.taxonomy.ReasonCategory.class);

    @Schema(name = "LoanPurpose", type = SchemaType.STRING,
            enumeration = {"PURCHASE", "HOME_IMPROVEMENT", "REFINANCE", "CASH_OUT_REFINANCE", "OTHER"})
    public interface Purpose {
    }

    @Schema(name = "MortgageProduct", type = SchemaType.STRING, description = "The program",
            enumeration = {"CONVENTIONAL", "FHA", "VA", "USDA", "JUMBO"})
    public interface Product {
    }

    @Schema(name = "LienStatus", type = SchemaType.STRING, enumeration = {"FIRST", "SUBORDINATE"})
    public interface Lien {
    }

    @Schema(name = "Occupancy", type = SchemaType.STRING,
            enumeration = {"PRINCIPAL_RESIDENCE", "SECOND_HOME", "INVESTMENT"})
    public interface OccupancyCode {
    }

    @Schema(name = "PropertyType", type = SchemaType.STRING, enumeration = {"SINGLE_FAMILY", "CONDO", "TOWNHOUSE",
            "TWO_TO_FOUR_UNIT", "MANUFACTURED", "MULTIFAMILY"})
    public interface Property {
    }

    @Schema(name = "EmploymentStatus", type = SchemaType.STRING,
            enumeration = {"SALARIED", "SELF_EMPLOYED", "CONTRACT", "RETIRED", "NOT_EMPLOYED"})
    public interface Employment {
    }

    @Schema(name = "Decision", type = SchemaType.STRING, enumeration = {"APPROVE", "REFER", "DENY"},
            description = "The model's decision under the decision policy")
    public interface DecisionCode {
    }

    @Schema(name = "ReasonCategory", type = SchemaType.STRING, description = "The 12 denial-reason categories "
            + "(GET /categories)", enumeration = {"DTI", "INCOME", "EMPLOYMENT", "DELINQUENCY", "DEROGATORY",
            "THIN_FILE", "COLLATERAL", "CASH", "UNVERIFIABLE", "INCOMPLETE", "MORTGAGE_INSURANCE", "OTHER_POLICY"})
    public interface Category {
    }

    /** The registry's {@code ModelStatus} (fintune-ejb, so SchemaRecordsTest pairs them, not {@link #STANDS_FOR}). */
    @Schema(name = "ModelStatus", type = SchemaType.STRING, description = "A model version's place in the lifecycle: "
            + "registered, serving nobody (CANDIDATE); answering its share of traffic (CHALLENGER); scored beside "
            + "the answer, never returned (SHADOW); the default answer, exactly one (CHAMPION); out of service "
            + "(RETIRED)", enumeration = {"CANDIDATE", "CHALLENGER", "SHADOW", "CHAMPION", "RETIRED"})
    public interface ModelStatusCode {
    }
}
