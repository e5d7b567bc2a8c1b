package shinrai.customer;

/** What staff enter about a contact; the mobile arrives as a validated value object. */
public record ContactDetails(
        String name, String role, MobileNumber mobile, String email, String notes, boolean primary) {

    public ContactDetails {
        name = name == null ? "" : name.trim();
        role = role == null ? "" : role.trim();
        email = email == null ? "" : email.trim();
        notes = notes == null ? "" : notes.trim();
    }
}
