package dev.conlint.report;

import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson set up for the java-sarif classes. The SDK's classes are {@code @JsonInclude(NON_DEFAULT)},
 * so a level equal to the schema default (warning) would silently disappear; consumers then read a
 * warning of a rule whose default is error as an error. Property-level mix-ins write those levels
 * always, without touching the rest of the class (a class-level override would also write
 * {@code ruleIndex: -1}, {@code rank: -1.0} and friends).
 */
final class SarifJson {

    private SarifJson() {
    }

    static ObjectMapper newMapper() {
        ObjectMapper mapper = JsonOutput.newMapper();
        mapper.addMixIn(Result.class, ResultLevel.class);
        mapper.addMixIn(ReportingConfiguration.class, ConfigurationLevel.class);
        mapper.addMixIn(Notification.class, NotificationLevel.class);
        return mapper;
    }

    abstract static class ResultLevel {
        @JsonProperty("level")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Result.Level getLevel();
    }

    abstract static class ConfigurationLevel {
        @JsonProperty("level")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract ReportingConfiguration.Level getLevel();
    }

    abstract static class NotificationLevel {
        @JsonProperty("level")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Notification.Level getLevel();
    }
}
