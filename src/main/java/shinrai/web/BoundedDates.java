package shinrai.web;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Dates in addresses and forms ({@code ?day=}, a birthday field) are ISO dates within the years of {@link
 * StrictJson}, as in JSON bodies: {@code +999999999-12-31} is a valid {@link LocalDate} but no day anyone books, and
 * the database cannot store it. A refusal is a type mismatch, which names the parameter or the form field.
 */
@ControllerAdvice
class BoundedDates {

    @InitBinder
    void bindDatesWithinBounds(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new DayEditor());
        binder.registerCustomEditor(Instant.class, new InstantEditor());
    }

    private static final class DayEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : within(parse(text.strip())));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }

        private static LocalDate parse(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException("not an ISO date", notADate);
            }
        }
    }

    private static final class InstantEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                Instant instant = Instant.parse(text.strip());
                within(LocalDate.ofInstant(instant, ZoneOffset.UTC));
                setValue(instant);
            } catch (DateTimeParseException notAnInstant) {
                throw new IllegalArgumentException("not an ISO instant", notAnInstant);
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    private static LocalDate within(LocalDate day) {
        if (!StrictJson.withinBounds(day)) {
            throw new IllegalArgumentException("date outside " + StrictJson.EARLIEST + ".." + StrictJson.LATEST);
        }
        return day;
    }
}
