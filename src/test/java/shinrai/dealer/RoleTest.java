package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void everyRoleGrantsSomething() {
        assertThat(Role.values())
                .allSatisfy(role -> assertThat(role.permissions()).isNotEmpty());
    }

    @Test
    void onlyTheNetworkAnalystAndOperationsAreNetworkRoles() {
        assertThat(Arrays.stream(Role.values()).filter(Role::isNetworkRole))
                .containsExactly(Role.NETWORK_ANALYST, Role.OPERATIONS);
    }

    @Test
    void onlyOperationsWatchesTheServerAndItSeesNoBusinessData() {
        assertThat(Arrays.stream(Role.values())
                        .filter(role -> role.permissions().contains(Permission.OPERATIONS_MONITOR)))
                .containsExactly(Role.OPERATIONS);
        assertThat(Role.OPERATIONS.permissions()).containsExactly(Permission.OPERATIONS_MONITOR);
    }

    @Test
    void nobodyAtADealerReadsTheNetwork() {
        Arrays.stream(Role.values())
                .filter(role -> !role.isNetworkRole())
                .forEach(role -> assertThat(role.permissions())
                        .doesNotContain(
                                Permission.NETWORK_DEALERS_READ,
                                Permission.NETWORK_KPI_READ,
                                Permission.NETWORK_SURVEY_MANAGE));
    }

    @Test
    void theNetworkAnalystChangesNothingButRaisesAComplaintFromTheHotlineAndWritesTheNetworksQuestionnaires() {
        assertThat(Role.NETWORK_ANALYST.permissions())
                .containsExactlyInAnyOrder(
                        Permission.NETWORK_DEALERS_READ,
                        Permission.NETWORK_KPI_READ,
                        Permission.NETWORK_COMPLAINT_RAISE,
                        Permission.NETWORK_SURVEY_MANAGE);
    }

    @Test
    void theThreeQualityChecksBelongToThreeDifferentJobs() {
        assertThat(Role.TECHNICIAN.permissions()).contains(Permission.REPAIR_WORK);
        assertThat(Role.FOREMAN.permissions()).contains(Permission.INSPECTION_TEAM_LEADER);
        assertThat(Role.QC_INSPECTOR.permissions())
                .contains(Permission.INSPECTION_FINAL)
                .doesNotContain(Permission.REPAIR_WORK);
    }

    @Test
    void onlyTheDealerAdminManagesStaff() {
        assertThat(Arrays.stream(Role.values())
                        .filter(role -> role.permissions().contains(Permission.STAFF_MANAGE)))
                .containsExactly(Role.DEALER_ADMIN);
    }

    @Test
    void theGeneralManagerReadsEveryComplaintAndApprovesGoodwillButHandlesNone() {
        assertThat(Role.GENERAL_MANAGER.permissions())
                .contains(Permission.COMPLAINT_MANAGE, Permission.CUSTOMER_READ, Permission.DEALER_KPI_READ)
                .doesNotContain(Permission.COMPLAINT_HANDLE, Permission.STAFF_MANAGE, Permission.CUSTOMER_WRITE);
        assertThat(Role.GENERAL_MANAGER.isNetworkRole()).isFalse();
    }
}
