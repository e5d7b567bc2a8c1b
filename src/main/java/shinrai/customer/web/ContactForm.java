package shinrai.customer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import shinrai.customer.ContactDetails;
import shinrai.customer.MobileNumber;
import shinrai.shared.InvalidInput;

/** The 360 page's add-contact fields, as typed. */
public class ContactForm {

    @NotBlank
    @Size(max = 100)
    private String name = "";

    @Size(max = 60)
    private String role = "";

    private String mobile = "";

    @Size(max = 200)
    private String email = "";

    @Size(max = 1000)
    private String notes = "";

    private boolean primary;

    /** The details with the mobile validated; a bad number is refused under {@code mobile}. */
    ContactDetails toDetails() {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        MobileNumber number = invalid.attempt("mobile", () -> MobileNumber.of(mobile), null);
        invalid.throwIfAny();
        return new ContactDetails(name, role, number, email, notes, primary);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }
}
