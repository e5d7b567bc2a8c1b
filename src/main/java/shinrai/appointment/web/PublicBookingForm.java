package shinrai.appointment.web;

import shinrai.appointment.BookingRequest;

/**
 * The booking form as the customer fills it in on the public page: who they are (plate and mobile, checked again on
 * every post since the page keeps no session of them) and what they want. The advisor and channel are not theirs to
 * choose.
 */
public class PublicBookingForm extends BookingForm {

    private String plate = "";
    private String mobile = "";

    /** The customer and car are filled in by the identification, which the zeros here leave to it. */
    BookingRequest asked() {
        return toRequest(0, 0);
    }

    /** Only the desk may book a car a second time; whatever the form carried, the customer's page never does. */
    @Override
    public void setAnotherVisit(boolean anotherVisit) {
        super.setAnotherVisit(false);
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate == null ? "" : plate;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile == null ? "" : mobile;
    }
}
