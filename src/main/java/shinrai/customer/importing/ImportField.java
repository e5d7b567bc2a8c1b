package shinrai.customer.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an imported file can mean, with the header names other dealer systems use for it, so that a
 * first import is mostly mapped already. Staff correct the guess; the correction is remembered.
 */
public enum ImportField {
    NAME("姓名", "客户姓名", "客户名称", "车主", "车主姓名", "客户", "单位名称", "name", "customer", "customer name"),
    KIND("客户类型", "类型", "kind", "type"),
    SURNAME("姓", "姓氏", "surname", "last name", "family name"),
    GENDER("性别", "gender", "sex"),
    MOBILE("手机", "手机号", "手机号码", "移动电话", "联系电话", "电话", "mobile", "mobile phone", "phone", "cell"),
    SECOND_MOBILE("备用手机", "手机2", "第二手机", "second mobile", "mobile 2"),
    OTHER_PHONE("固定电话", "座机", "办公电话", "其他电话", "landline", "other phone"),
    EMAIL("邮箱", "电子邮箱", "email", "e-mail"),
    WECHAT("微信", "微信号", "wechat", "wechat id"),
    BIRTHDAY("生日", "出生日期", "birthday", "date of birth"),
    ADDRESS("地址", "联系地址", "住址", "address"),
    ID_CARD("身份证", "身份证号", "证件号码", "id card", "id number"),
    TAGS("标签", "tags"),
    CONTACT_TIME("方便联系时间", "联系时间", "回访时间", "方便回访时间", "preferred contact time", "contact time", "best time to call"),
    NOTES("备注", "notes", "remark", "remarks"),
    VIN("车架号", "vin", "vin码", "车辆识别代号", "底盘号", "chassis number"),
    PLATE("车牌", "车牌号", "车牌号码", "号牌", "plate", "plate number", "licence plate", "license plate"),
    BRAND("品牌", "brand", "make"),
    SERIES("车系", "series"),
    MODEL("车型", "model"),
    MODEL_YEAR("年款", "model year", "year"),
    COLOUR("颜色", "车身颜色", "colour", "color"),
    ENGINE_NUMBER("发动机号", "engine number", "engine no"),
    PURCHASE_DATE("购车日期", "购买日期", "开票日期", "purchase date"),
    INSURANCE_COMPANY("保险公司", "承保公司", "insurance company", "insurer"),
    INSURANCE_EXPIRY("保险到期", "保险到期日", "保险到期日期", "insurance expiry"),
    KILOMETRES("里程", "行驶里程", "公里数", "odometer", "kilometres", "mileage");

    private final List<String> synonyms;

    ImportField(String... synonyms) {
        this.synonyms = List.of(synonyms);
    }

    /** The field a header most likely means: an exact synonym, ignoring case, spaces and punctuation. */
    static Optional<ImportField> guess(String header) {
        String wanted = normalised(header);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (ImportField field : values()) {
            if (field.synonyms.stream().map(ImportField::normalised).anyMatch(wanted::equals)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    public String messageKey() {
        return "import.field." + name();
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-()（）:：*]", "");
    }
}
