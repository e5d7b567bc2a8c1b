package shinrai.customer.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import shinrai.customer.ContactTime;
import shinrai.customer.CustomerKind;
import shinrai.customer.CustomerProfile;
import shinrai.customer.CustomerSource;
import shinrai.customer.Gender;
import shinrai.customer.IdCardNumber;
import shinrai.customer.MobileNumber;
import shinrai.customer.PhoneNumber;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;
import shinrai.tabular.SourceRow;
import shinrai.vehicle.VehicleDetails;

/**
 * Turns a line of a file into a customer and vehicle through the same value objects the screens use, and reports
 * every problem of the line at once, each under the field it concerns.
 */
final class RowConverter {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private final ColumnMapping mapping;

    RowConverter(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    /** The row as a customer (and vehicle), or {@link InvalidInput} naming every bad field. */
    ImportedRow convert(SourceRow row) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        String name = text(row, ImportField.NAME);
        if (name.isEmpty()) {
            invalid.attempt(ImportField.NAME.name(), () -> refuse("import.error.required"), null);
        }
        CustomerKind kind = kind(text(row, ImportField.KIND), name);
        List<MobileNumber> mobiles = new ArrayList<>();
        for (ImportField field : List.of(ImportField.MOBILE, ImportField.SECOND_MOBILE)) {
            String raw = text(row, field);
            if (!raw.isEmpty()) {
                MobileNumber mobile = invalid.attempt(field.name(), () -> MobileNumber.of(raw), null);
                if (mobile != null && !mobiles.contains(mobile)) {
                    mobiles.add(mobile);
                }
            }
        }
        String otherRaw = text(row, ImportField.OTHER_PHONE);
        List<PhoneNumber> others = otherRaw.isEmpty()
                ? List.of()
                : listOf(invalid.attempt(ImportField.OTHER_PHONE.name(), () -> PhoneNumber.of(otherRaw), null));
        boolean phoneTyped = !text(row, ImportField.MOBILE).isEmpty()
                || !text(row, ImportField.SECOND_MOBILE).isEmpty()
                || !otherRaw.isEmpty();
        if (kind == CustomerKind.PERSON && !phoneTyped) {
            invalid.attempt(ImportField.MOBILE.name(), () -> refuse("customer.error.phoneRequired"), null);
        }
        String idRaw = text(row, ImportField.ID_CARD);
        IdCardNumber idCard = idRaw.isEmpty()
                ? null
                : invalid.attempt(ImportField.ID_CARD.name(), () -> IdCardNumber.of(idRaw), null);
        LocalDate birthday = date(row, ImportField.BIRTHDAY, invalid);
        Gender gender = gender(row, invalid);
        ContactTime contactTime = contactTime(row, invalid);

        VehicleDetails vehicle = null;
        Integer kilometres = null;
        String vin = text(row, ImportField.VIN);
        if (!vin.isEmpty()) {
            LocalDate purchased = date(row, ImportField.PURCHASE_DATE, invalid);
            LocalDate insuranceExpiry = date(row, ImportField.INSURANCE_EXPIRY, invalid);
            Integer modelYear = number(row, ImportField.MODEL_YEAR, 1950, 2100, invalid);
            kilometres = number(row, ImportField.KILOMETRES, 0, 3_000_000, invalid);
            vehicle = invalid.attempt(
                    () -> VehicleDetails.typed(
                            vin,
                            text(row, ImportField.PLATE),
                            text(row, ImportField.BRAND),
                            text(row, ImportField.SERIES),
                            text(row, ImportField.MODEL),
                            modelYear,
                            text(row, ImportField.COLOUR),
                            text(row, ImportField.ENGINE_NUMBER),
                            purchased,
                            purchased,
                            text(row, ImportField.INSURANCE_COMPANY),
                            insuranceExpiry),
                    null);
        } else if (!text(row, ImportField.PLATE).isEmpty()) {
            invalid.attempt(ImportField.VIN.name(), () -> refuse("import.error.vinMissing"), null);
        }
        invalid.throwIfAny();
        CustomerProfile customer = new CustomerProfile(
                kind,
                name,
                text(row, ImportField.SURNAME),
                gender,
                birthday,
                mobiles,
                others,
                text(row, ImportField.EMAIL),
                text(row, ImportField.WECHAT),
                text(row, ImportField.ADDRESS),
                idCard,
                CustomerSource.IMPORT,
                new LinkedHashSet<>(Arrays.stream(text(row, ImportField.TAGS).split("[,，;；]"))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList()),
                null,
                contactTime,
                text(row, ImportField.NOTES));
        return new ImportedRow(row.line(), customer, vehicle, kilometres);
    }

    private String text(SourceRow row, ImportField field) {
        return mapping.columnOf(field).map(row::cell).orElse("").strip();
    }

    private static CustomerKind kind(String raw, String name) {
        String kind = raw.toLowerCase(Locale.ROOT);
        if (kind.contains("单位") || kind.contains("公司") || kind.contains("企业") || kind.startsWith("comp")) {
            return CustomerKind.COMPANY;
        }
        if (kind.isEmpty() && (name.endsWith("公司") || name.endsWith("集团") || name.endsWith("厂"))) {
            return CustomerKind.COMPANY;
        }
        return CustomerKind.PERSON;
    }

    private @Nullable Gender gender(SourceRow row, InvalidInput.Collector invalid) {
        String raw = text(row, ImportField.GENDER).toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "" -> null;
            case "男", "m", "male", "先生" -> Gender.MALE;
            case "女", "f", "female", "女士" -> Gender.FEMALE;
            default -> invalid.attempt(ImportField.GENDER.name(), () -> refuse("import.error.gender", raw), null);
        };
    }

    /**
     * The time of day as other systems and people write it, in Chinese or English, or as the customer export labels
     * it (the words before the hours in brackets); an empty cell is any time.
     */
    private @Nullable ContactTime contactTime(SourceRow row, InvalidInput.Collector invalid) {
        String raw = text(row, ImportField.CONTACT_TIME);
        String word = raw.replaceFirst("[(（].*$", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        return switch (word) {
            case "", "any", "anytime", "不限", "任意", "任何时间", "均可", "都可以", "随时" -> ContactTime.ANY;
            case "morning", "am", "上午", "早上", "早晨" -> ContactTime.MORNING;
            case "midday", "noon", "lunchtime", "中午", "午间", "午休" -> ContactTime.MIDDAY;
            case "afternoon", "pm", "下午" -> ContactTime.AFTERNOON;
            case "evening", "night", "晚上", "傍晚", "晚间" -> ContactTime.EVENING;
            default ->
                invalid.attempt(ImportField.CONTACT_TIME.name(), () -> refuse("import.error.contactTime", raw), null);
        };
    }

    private @Nullable LocalDate date(SourceRow row, ImportField field, InvalidInput.Collector invalid) {
        String raw = text(row, field);
        if (raw.isEmpty()) {
            return null;
        }
        String day = raw.length() > 10 && raw.charAt(10) == ' ' ? raw.substring(0, 10) : raw;
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(day, format);
            } catch (DateTimeParseException tryNext) {
                // next format
            }
        }
        return invalid.attempt(field.name(), () -> refuse("import.error.date", raw), null);
    }

    private @Nullable Integer number(
            SourceRow row, ImportField field, int min, int max, InvalidInput.Collector invalid) {
        String raw = text(row, field)
                .replace(",", "")
                .replace("km", "")
                .replace("公里", "")
                .strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            int value = (int) Math.round(Double.parseDouble(raw));
            if (value < min || value > max) {
                return invalid.attempt(field.name(), () -> refuse("import.error.number", raw), null);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            return invalid.attempt(field.name(), () -> refuse("import.error.number", raw), null);
        }
    }

    private static <T> List<T> listOf(@Nullable T value) {
        return value == null ? List.of() : List.of(value);
    }

    private static <T> T refuse(String messageKey, Object... arguments) {
        throw new RowRefused(messageKey, arguments);
    }

    /** A cell the import cannot take. */
    static final class RowRefused extends BusinessRuleViolation {
        RowRefused(String messageKey, Object... arguments) {
            super(messageKey, null, arguments);
        }

        @Override
        public int httpStatus() {
            return 400;
        }
    }
}
