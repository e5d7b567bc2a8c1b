package shinrai.dealer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffMember;

/** The current dealer's staff, for a dealer admin. */
@RestController
@RequestMapping("/api/v1/staff")
@PreAuthorize("hasAuthority('STAFF_MANAGE')")
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class StaffApi {

    private final Staff staff;

    StaffApi(Staff staff) {
        this.staff = staff;
    }

    @GetMapping
    @Operation(summary = "All staff of the signed-in admin's dealer")
    List<StaffView> all() {
        return staff.all().stream().map(StaffView::of).toList();
    }

    @GetMapping("/{id}")
    StaffView one(@PathVariable long id) {
        return StaffView.of(staff.get(id));
    }

    @PostMapping
    @Operation(summary = "Hire a staff member at the signed-in admin's dealer")
    ResponseEntity<StaffView> hire(@Valid @RequestBody NewStaff request) {
        StaffMember hired = staff.hire(new Staff.NewStaffMember(
                request.username(), request.displayName(), request.password(), request.roles()));
        return ResponseEntity.created(URI.create("/api/v1/staff/" + hired.id())).body(StaffView.of(hired));
    }

    record NewStaff(
            @NotBlank @Size(max = 40) String username,
            @NotBlank @Size(max = 100) String displayName,
            @NotBlank @Size(max = 200) String password,
            @NotEmpty Set<Role> roles) {}

    record StaffView(
            long id,
            long dealerId,
            String username,
            String displayName,
            List<Role> roles,
            boolean enabled,
            boolean locked,
            @Nullable Instant lastSignInAt) {

        static StaffView of(StaffMember member) {
            return new StaffView(
                    member.id(),
                    member.dealerId(),
                    member.username(),
                    member.displayName(),
                    member.roles().stream().sorted().toList(),
                    member.enabled(),
                    member.locked(),
                    member.lastSignInAt());
        }
    }
}
