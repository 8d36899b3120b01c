package org.partnershipatlas.returns;


import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.partnershipatlas.data.EntitySchemas;
import org.partnershipatlas.model.OrganisationType;

/**
 * The JSON bodies of the returns API as OpenAPI schemas. The controllers read these bodies as JSON trees and the
 * services check them field by field (400 naming each bad one); these records only describe them, and the API tests
 * check that the two agree.
 */
final class ReturnSchemas {
    private ReturnSchemas() {
    }

    @Schema(name = "NewContact", description = "the person to ask", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Contact(@Schema(maxLength = 200) String name,
                   @Schema(maxLength = 200, description = "their role, e.g. international lead") String role,
                   @Schema(nullable = true, maxLength = 254) String email) {
    }

    @Schema(name = "NewRegistration", description = "An organisation seeking a partner",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Registration(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrganisationType type,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO 3166 code, e.g. GB-WLS")
                        String country,
                        @Schema(nullable = true) String city,
                        @Schema(nullable = true) String website,
                        @Schema(nullable = true) String description,
                        @Schema(nullable = true, description = "what it offers a partner") String offers,
                        @Schema(nullable = true, description = "what partner it seeks") String seeks,
                        @ArraySchema(arraySchema = @Schema(nullable = true), schema = @Schema(description = "ISO 3166 code"))
                        List<String> countriesOfInterest,
                        @ArraySchema(arraySchema = @Schema(nullable = true)) List<String> themesOfInterest,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Contact contact,
                        @Schema(nullable = true, description = "a form's hidden field: a person leaves it empty") String fax) {
    }

    @Schema(name = "Reason", description = "why", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Reason(@Schema(nullable = true, maxLength = 2000) String reason) {
    }

    @Schema(name = "Invitee", description = "an organisation to ask, with the email to send its invitation to",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Invitee(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
                   @Schema(nullable = true) String email) {
    }

    @Schema(name = "NewRound", description = "A return round to open", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record NewRound(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate closes,
                    @ArraySchema(maxItems = 2000, arraySchema = @Schema(nullable = true,
                            description = "organisation ids or {id, email}; left out: the current Health Boards and Trusts"),
                            schema = @Schema(oneOf = {String.class, Invitee.class})) List<Object> organisations) {
    }

    @Schema(name = "ReturnItem", description = "one item of a return; its fields as the return form's (see the operation)",
            additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Item(@Schema(description = "a link id (or add[i] for an assessment of an added link)") String link) {
    }

    @Schema(name = "Return", description = "A partnership return: what the organisation confirms, corrects, ends and adds",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Return(@ArraySchema(schema = @Schema(description = "a link id")) List<String> confirm,
                  List<Item> correct, List<Item> end, List<Item> add, List<Item> assessments, Contact contact) {
    }

    @Schema(name = "Draft", description = "a saved draft of the return: any JSON object (checked when submitted)",
            additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record Draft() {
    }

    @Schema(name = "ReturnFormLink", description = "a link of the organisation, as the snapshot writes it, with the "
            + "partner at its other end", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    record FormLink(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id, Partner partner) {
    }

    @Schema(name = "ReturnFormPartner", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Partner(String id, String name, @Schema(nullable = true) String country) {
    }

    @Schema(name = "ReturnFormRound", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record FormRound(String id, String title, LocalDate closes) {
    }

    @Schema(name = "ReturnForm", description = "what the return form shows", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record Form(@Schema(implementation = EntitySchemas.Organisation.class) Object organisation, List<FormLink> links,
                FormRound round, @Schema(allowableValues = {"NOT_STARTED", "DRAFT", "SUBMITTED", "REVIEWED"}) String status,
                @Schema(nullable = true, type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                        description = "the saved draft") Object draft) {
    }

    @Schema(name = "AcceptItems", description = "the items to accept (left out: all), and why",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record AcceptItems(@ArraySchema(schema = @Schema(description = "an item id, e.g. add:0")) List<String> items,
                       @Schema(nullable = true) String reason) {
    }
}
