package shinrai.customer;

/** A private person, or a company (a fleet) with several contacts. */
public enum CustomerKind {
    PERSON,
    COMPANY
}
