package shinrai.customer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import shinrai.customer.ContactTime;
import shinrai.customer.Customer;
import shinrai.customer.CustomerKind;
import shinrai.customer.CustomerProfile;
import shinrai.customer.CustomerSource;
import shinrai.customer.Gender;
import shinrai.customer.IdCardNumber;
import shinrai.customer.MobileNumber;
import shinrai.customer.PhoneNumber;
import shinrai.shared.InvalidInput;
import shinrai.shared.TextLimits;

/** The customer page's fields, as typed; {@link #toProfile()} validates them all and reports every bad one. */
public class CustomerForm {

    private CustomerKind kind = CustomerKind.PERSON;

    @NotBlank
    @Size(max = TextLimits.NAME)
    private String name = "";

    @Size(max = TextLimits.TOKEN)
    private String surname = "";

    private @Nullable Gender gender;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate birthday;

    @Size(max = TextLimits.TOKEN)
    private String mobile = "";

    @Size(max = TextLimits.TOKEN)
    private String secondMobile = "";

    @Size(max = TextLimits.TOKEN)
    private String otherPhone = "";

    @Size(max = TextLimits.LINE)
    private String email = "";

    @Size(max = TextLimits.LABEL)
    private String wechatId = "";

    @Size(max = TextLimits.ADDRESS)
    private String address = "";

    @Size(max = TextLimits.TOKEN)
    private String idCardNumber = "";

    private CustomerSource source = CustomerSource.WALK_IN;

    private ContactTime preferredContactTime = ContactTime.ANY;

    @Size(max = TextLimits.NOTE)
    private String tags = "";

    @Size(max = TextLimits.NOTE)
    private String notes = "";

    /** Ticked after the page warned about a customer with the same mobile number. */
    private boolean notADuplicate;

    static CustomerForm of(Customer customer) {
        CustomerProfile p = customer.profile();
        CustomerForm form = new CustomerForm();
        form.kind = p.kind();
        form.name = p.name();
        form.surname = p.surname();
        form.gender = p.gender();
        form.birthday = p.birthday();
        form.mobile = p.mobiles().isEmpty() ? "" : p.mobiles().get(0).national();
        form.secondMobile = p.mobiles().size() < 2 ? "" : p.mobiles().get(1).national();
        form.otherPhone =
                p.otherPhones().isEmpty() ? "" : p.otherPhones().get(0).display();
        form.email = p.email();
        form.wechatId = p.wechatId();
        form.address = p.address();
        form.idCardNumber = p.idCardNumber() == null ? "" : p.idCardNumber().value();
        form.source = p.source();
        form.preferredContactTime = p.preferredContactTime();
        form.tags = String.join(", ", p.tags());
        form.notes = p.notes();
        return form;
    }

    CustomerProfile toProfile() {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        List<MobileNumber> mobiles = new ArrayList<>();
        if (!mobile.isBlank()) {
            mobiles.add(invalid.attempt("mobile", () -> MobileNumber.of(mobile), null));
        }
        if (!secondMobile.isBlank()) {
            mobiles.add(invalid.attempt("secondMobile", () -> MobileNumber.of(secondMobile), null));
        }
        List<PhoneNumber> others = new ArrayList<>();
        if (!otherPhone.isBlank()) {
            others.add(invalid.attempt("otherPhone", () -> PhoneNumber.of(otherPhone), null));
        }
        IdCardNumber idCard = idCardNumber.isBlank()
                ? null
                : invalid.attempt("idCardNumber", () -> IdCardNumber.of(idCardNumber), null);
        invalid.throwIfAny();
        return new CustomerProfile(
                kind,
                name,
                surname,
                gender,
                birthday,
                mobiles,
                others,
                email,
                wechatId,
                address,
                idCard,
                source,
                new LinkedHashSet<>(Arrays.stream(tags.split("[,，;；]"))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList()),
                null,
                preferredContactTime,
                notes);
    }

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public @Nullable Gender getGender() {
        return gender;
    }

    public void setGender(@Nullable Gender gender) {
        this.gender = gender;
    }

    public @Nullable LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(@Nullable LocalDate birthday) {
        this.birthday = birthday;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getSecondMobile() {
        return secondMobile;
    }

    public void setSecondMobile(String secondMobile) {
        this.secondMobile = secondMobile;
    }

    public String getOtherPhone() {
        return otherPhone;
    }

    public void setOtherPhone(String otherPhone) {
        this.otherPhone = otherPhone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWechatId() {
        return wechatId;
    }

    public void setWechatId(String wechatId) {
        this.wechatId = wechatId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getIdCardNumber() {
        return idCardNumber;
    }

    public void setIdCardNumber(String idCardNumber) {
        this.idCardNumber = idCardNumber;
    }

    public CustomerSource getSource() {
        return source;
    }

    public void setSource(CustomerSource source) {
        this.source = source;
    }

    public ContactTime getPreferredContactTime() {
        return preferredContactTime;
    }

    public void setPreferredContactTime(@Nullable ContactTime preferredContactTime) {
        this.preferredContactTime = preferredContactTime == null ? ContactTime.ANY : preferredContactTime;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isNotADuplicate() {
        return notADuplicate;
    }

    public void setNotADuplicate(boolean notADuplicate) {
        this.notADuplicate = notADuplicate;
    }
}
