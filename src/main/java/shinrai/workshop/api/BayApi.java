package shinrai.workshop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import shinrai.shared.TextLimits;
import shinrai.workshop.Bay;
import shinrai.workshop.BayId;
import shinrai.workshop.BayKind;
import shinrai.workshop.Bays;

/** The workshop's bays (工位), in the workshop's order: what a job may be put in when it is dispatched. */
@RestController
@RequestMapping("/api/v1/workshop/bays")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
@Tag(name = "Workshop bays", description = "The dealer's bays: lifts, express lanes, body and paint places")
@SecurityRequirement(name = "bearer")
class BayApi {

    private final Bays bays;

    BayApi(Bays bays) {
        this.bays = bays;
    }

    @GetMapping
    @Operation(summary = "Every bay of the dealer, the ones out of service too, in the workshop's order")
    List<BayView> all() {
        return bays.all().stream().map(BayView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One bay")
    BayView one(@PathVariable long id) {
        return BayView.of(bays.get(BayId.asked(id)));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('BOOKING_SET_UP')")
    @Operation(
            summary = "Add a bay at the end of the list",
            description = "name 1–40 characters, unique at the dealer; at most 200 bays")
    ResponseEntity<BayView> add(@Valid @RequestBody NewBayBody body) {
        Bay added = bays.add(body.name(), body.kind());
        return ResponseEntity.created(URI.create("/api/v1/workshop/bays/" + added.id()))
                .body(BayView.of(added));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('BOOKING_SET_UP')")
    @Operation(
            summary = "Rename a bay, change its kind, take it out of service or back, move it in the list",
            description = "A bay out of service takes no new jobs and keeps its history. position (from 1) moves it"
                    + " to that place in the list; left out, it stays where it is.")
    BayView change(@PathVariable long id, @Valid @RequestBody BayBody body) {
        BayId bay = BayId.asked(id);
        Bay changed = bays.change(bay, body.name(), body.kind(), body.active());
        if (body.position() != null && body.position() != changed.position()) {
            changed = bays.move(bay, body.position());
        }
        return BayView.of(changed);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('BOOKING_SET_UP')")
    @Operation(
            summary = "Remove a bay added by mistake",
            description = "Refused (409) once any job was put or clocked in the bay: take it out of service instead.")
    ResponseEntity<Void> remove(@PathVariable long id) {
        bays.remove(BayId.asked(id));
        return ResponseEntity.noContent().build();
    }

    /** @param used whether any job was ever put or clocked in it (then it cannot be removed) */
    record BayView(long id, String name, BayKind kind, int position, boolean active, boolean used) {
        static BayView of(Bay bay) {
            return new BayView(bay.id().value(), bay.name(), bay.kind(), bay.position(), bay.active(), bay.used());
        }
    }

    record NewBayBody(
            @NotNull @Size(max = TextLimits.TOKEN) String name,
            @NotNull BayKind kind) {}

    record BayBody(
            @NotNull @Size(max = TextLimits.TOKEN) String name,
            @NotNull BayKind kind,
            @NotNull Boolean active,
            @Positive @Nullable Integer position) {}
}
