package shinrai.dealer.signin;

import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;
import shinrai.dealer.StaffMember;

/** Whatever changed in a saved account (roles, a new password, disabled), the cache forgets it once committed. */
@Component
class ForgetSavedAccounts implements AfterSaveCallback<StaffMember> {

    private final AccountCache cache;

    ForgetSavedAccounts(AccountCache cache) {
        this.cache = cache;
    }

    @Override
    public StaffMember onAfterSave(StaffMember member) {
        if (member.id() != null) {
            cache.forgetAfterCommit(member.id());
        }
        return member;
    }
}
