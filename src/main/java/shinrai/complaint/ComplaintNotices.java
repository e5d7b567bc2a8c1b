package shinrai.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.shared.StaffNotice;

/**
 * Whom a complaint's course tells, by a {@link StaffNotice} in the transaction of the step itself (the escalation is
 * recorded with its notices, or neither is):
 *
 * <ul>
 *   <li>escalation level 1: the dealer's service managers and the complaint's owner;
 *   <li>escalation level 2: the general manager (the dealer admins where the dealer has none);
 *   <li>a new owner (given it when it was opened or later): that owner, unless they took it themselves;
 *   <li>a complaint the network's hotline raised: the dealer's service managers, to give it an owner.
 * </ul>
 *
 * Each notice is keyed by the event (complaint, round and level; the owner and the moment; the raise), so an event
 * delivered twice tells nobody twice.
 */
@Component
class ComplaintNotices {

    private final Staff staff;
    private final ApplicationEventPublisher events;

    ComplaintNotices(Staff staff, ApplicationEventPublisher events) {
        this.staff = staff;
        this.events = events;
    }

    @EventListener
    void on(ComplaintEscalated escalated) {
        List<StaffId> told = new ArrayList<>(escalated.to());
        String key;
        if (escalated.level() == 1) {
            if (escalated.owner() != null) {
                told.add(escalated.owner());
            }
            key = "notice.complaint.ESCALATED1_" + escalated.missed().name();
        } else {
            key = "notice.complaint.ESCALATED2";
        }
        tell(
                escalated.dealerId(),
                told,
                "complaint:" + escalated.complaint() + ":escalated:" + escalated.round() + ":" + escalated.level(),
                key,
                escalated.complaint(),
                escalated.at());
    }

    @EventListener
    void on(ComplaintAssigned assigned) {
        given(assigned.dealerId(), assigned.complaint(), assigned.owner(), assigned.by(), assigned.at());
    }

    @EventListener
    void on(ComplaintOpened opened) {
        if (opened.owner() != null) {
            given(opened.dealerId(), opened.complaint(), opened.owner(), opened.openedBy(), opened.at());
        }
        if (opened.source() != ComplaintSource.NETWORK_HOTLINE) {
            return;
        }
        tell(
                opened.dealerId(),
                staff.activeIds(Role.SERVICE_MANAGER),
                "complaint:" + opened.complaint() + ":raised",
                "notice.complaint.RAISED",
                opened.complaint(),
                opened.at());
    }

    private void given(long dealer, ComplaintId complaint, StaffId owner, @Nullable StaffId by, Instant at) {
        if (owner.equals(by)) {
            return;
        }
        tell(
                dealer,
                List.of(owner),
                "complaint:" + complaint + ":assigned:" + owner + ":" + at.toEpochMilli(),
                "notice.complaint.ASSIGNED",
                complaint,
                at);
    }

    private void tell(
            long dealer, List<StaffId> told, String eventKey, String summaryKey, ComplaintId complaint, Instant at) {
        events.publishEvent(new StaffNotice(
                dealer,
                told.stream().map(StaffId::value).toList(),
                eventKey,
                summaryKey,
                List.of(complaint.toString()),
                "/complaints/" + complaint,
                at));
    }
}
