package shinrai.web;

/**
 * The bell in the header: how many notices the signed-in staff member has not read yet. The shell owns this contract
 * and shows the bell on every page; the module that keeps staff notices answers it, so the shell depends on nobody.
 * Asked only when the header is drawn (not for an htmx fragment).
 */
public interface NoticeBell {

    /** The signed-in staff member's unread notices; 0 for someone without a dealer. */
    int unread();
}
