package shinrai.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import shinrai.shared.StorableText;
import shinrai.shared.TextLimits;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The API reads JSON as written, never as guessed: an unknown property is refused by name (an integrator who sends
 * {@code mobile} for {@code mobiles} learns it at once), {@code 45.9} is not customer 45, {@code "45"} is not a
 * number, an epoch number is not a date, an enum takes only its names. Text must be storable and not absurdly long,
 * and dates must fall in the years a dealership deals with. Each refusal names its field ({@link
 * ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /** The years any date the API or a form accepts must fall in; each use adds its own rule (birthdays are past). */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after Boot's own customizer, whose defaults ignore unknown properties
    JsonMapperBuilderCustomizer strictJsonReading() {
        SimpleModule checks = new SimpleModule("shinrai-input")
                .addDeserializer(String.class, new CheckedText())
                .addDeserializer(LocalDate.class, new BoundedLocalDate())
                .addDeserializer(Instant.class, new BoundedInstant());
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // no scalar read from text ("45", "true"), except what only text can be: dates, times and enums
                // nor from empty or blank text ("" is no date, " " is not false)
                .withCoercionConfigDefaults(all -> all.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false))
                .withCoercionConfig(
                        LogicalType.DateTime,
                        dates -> dates.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum,
                        enums -> enums.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
                .withCoercionConfig(
                        LogicalType.Boolean, // 0 is not "no"
                        flags -> flags.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(checks);
    }

    /** Whether a date lies in the years Shinrai accepts anywhere. */
    static boolean withinBounds(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /**
     * A JSON value refused for what it holds rather than for its shape; {@link #messageKey()} says why, in the
     * reader's language once translated.
     */
    static final class RefusedValue extends MismatchedInputException {

        private final String messageKey;
        private final Object[] arguments;

        RefusedValue(JsonParser parser, Class<?> type, String messageKey, Object... arguments) {
            super(parser, messageKey, type);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }

    private static final class CheckedText extends ValueDeserializer<String> {

        @Override
        public @Nullable String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text == null) {
                return null;
            }
            if (!StorableText.isStorable(text)) {
                throw new RefusedValue(parser, String.class, "validation.text.unstorable");
            }
            if (text.length() > TextLimits.ANY) {
                throw new RefusedValue(parser, String.class, "validation.text.tooLong", TextLimits.ANY);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    private static final class BoundedLocalDate extends ValueDeserializer<LocalDate> {

        @Override
        public @Nullable LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate day = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (day != null && !withinBounds(day)) {
                throw new RefusedValue(parser, LocalDate.class, "validation.date.outOfBounds", EARLIEST, LATEST);
            }
            return day;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    private static final class BoundedInstant extends ValueDeserializer<Instant> {

        @Override
        public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (instant != null && !withinBounds(LocalDate.ofInstant(instant, ZoneOffset.UTC))) {
                throw new RefusedValue(parser, Instant.class, "validation.date.outOfBounds", EARLIEST, LATEST);
            }
            return instant;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
