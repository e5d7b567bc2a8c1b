package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void aNewStaffMemberIsEnabledWithTheRolesGiven() {
        StaffMember hired =
                StaffMember.hire(1, 1, "li.na", " 李娜 ", "{hash}", EnumSet.of(Role.SERVICE_ADVISOR, Role.CASHIER));
        assertThat(hired.enabled()).isTrue();
        assertThat(hired.displayName()).isEqualTo("李娜");
        assertThat(hired.roles()).containsExactlyInAnyOrder(Role.SERVICE_ADVISOR, Role.CASHIER);
    }

    @Test
    void refusesAStaffMemberWithoutARole() {
        assertThatThrownBy(() -> StaffMember.hire(1, 1, "li.na", "李娜", "{hash}", Set.of()))
                .hasFieldOrPropertyWithValue("messageKey", "staff.error.noRole");
    }

    @Test
    void refusesANetworkRoleAtADealer() {
        StaffMember member = StaffMember.hire(1, 1, "li.na", "李娜", "{hash}", EnumSet.of(Role.TECHNICIAN));
        assertThatThrownBy(() -> member.assignRoles(EnumSet.of(Role.TECHNICIAN, Role.NETWORK_ANALYST)))
                .hasFieldOrPropertyWithValue("messageKey", "staff.error.networkRole");
        assertThat(member.roles()).containsExactly(Role.TECHNICIAN);
    }

    @Test
    void unlockingClearsTheLock() {
        StaffMember member = StaffMember.hire(1, 1, "li.na", "李娜", "{hash}", EnumSet.of(Role.TECHNICIAN));
        member.unlock();
        assertThat(member.locked()).isFalse();
    }
}
