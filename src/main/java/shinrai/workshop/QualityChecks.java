package shinrai.workshop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/**
 * The quality checks recorded on a repair order, item by item with their photos, for the order's history; and a photo
 * added to a check after it was recorded (a tablet app sends the check first, then its photos one by one).
 */
@Service
@Transactional(readOnly = true)
public class QualityChecks {

    private final JdbcClient jdbc;
    private final RepairOrders orders;

    QualityChecks(JdbcClient jdbc, RepairOrders orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    /** The order's checks, oldest first. */
    public List<RecordedCheck> of(RepairOrderId id) {
        long dealer = DealerScope.currentDealer();
        Map<Integer, List<CheckedItem>> items = jdbc
                .sql("""
                        SELECT * FROM workshop.quality_check_item WHERE dealer_id = :dealer AND repair_order_id = :id
                        ORDER BY check_no, position""")
                .param("dealer", dealer)
                .param("id", id.value())
                .query((rs, n) -> Map.entry(
                        rs.getInt("check_no"),
                        new CheckedItem(
                                new ChecklistItem(
                                        WorkType.valueOf(rs.getString("work_type")),
                                        rs.getString("item_key"),
                                        rs.getString("message_key"),
                                        rs.getString("text")),
                                rs.getBoolean("ok"),
                                rs.getString("note"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Integer, List<Integer>> photos = jdbc
                .sql("""
                        SELECT check_no, photo_no FROM workshop.quality_check_photo
                        WHERE dealer_id = :dealer AND repair_order_id = :id ORDER BY check_no, photo_no""")
                .param("dealer", dealer)
                .param("id", id.value())
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        SELECT * FROM workshop.quality_check WHERE dealer_id = :dealer AND repair_order_id = :id
                        ORDER BY number""")
                .param("dealer", dealer)
                .param("id", id.value())
                .query((rs, n) -> new RecordedCheck(
                        rs.getInt("number"),
                        CheckLevel.valueOf(rs.getString("level")),
                        rs.getBoolean("passed"),
                        rs.getString("notes"),
                        new StaffId(rs.getLong("inspector_id")),
                        rs.getTimestamp("checked_at").toInstant(),
                        items.getOrDefault(rs.getInt("number"), List.of()),
                        photos.getOrDefault(rs.getInt("number"), List.of())))
                .list();
    }

    /** A photo of one of the dealer's checks; another dealer's is not found. */
    public Optional<CheckPhoto> photo(RepairOrderId id, int check, int photo) {
        return jdbc.sql("""
                        SELECT content_type, content FROM workshop.quality_check_photo
                        WHERE dealer_id = :dealer AND repair_order_id = :id AND check_no = :check AND photo_no = :photo""")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .param("check", check)
                .param("photo", photo)
                .query((rs, n) -> new CheckPhoto(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /**
     * Adds a photo to a check the signed-in person recorded, up to {@link CheckPhoto#MOST_PER_CHECK}; answers its
     * number.
     */
    @Transactional
    public int addPhoto(RepairOrderId id, int check, CheckPhoto photo) {
        Long user = DealerScope.current().userId();
        if (user == null) {
            throw new StepRefused("repairOrder.refused.signInRequired");
        }
        long dealer = DealerScope.currentDealer();
        Long inspector = jdbc.sql("""
                        SELECT inspector_id FROM workshop.quality_check
                        WHERE dealer_id = :dealer AND repair_order_id = :id AND number = :check""")
                .param("dealer", dealer)
                .param("id", id.value())
                .param("check", check)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("qualityCheck", check));
        if (!inspector.equals(user)) {
            throw new StepRefused("repairOrder.refused.photoOfAnothersCheck");
        }
        // Two photos of one check sent at once (a tablet uploading in parallel) take turns here, so each gets its own
        // number; quality_check rows cannot be locked FOR UPDATE (the application may not update them).
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "workshop.quality_check_photo/" + dealer + "/" + id.value() + "/" + check)
                .query((rs, n) -> 0)
                .list();
        int taken = jdbc.sql("""
                        SELECT coalesce(max(photo_no), 0) FROM workshop.quality_check_photo
                        WHERE dealer_id = :dealer AND repair_order_id = :id AND check_no = :check""")
                .param("dealer", dealer)
                .param("id", id.value())
                .param("check", check)
                .query(Integer.class)
                .single();
        if (taken >= CheckPhoto.MOST_PER_CHECK) {
            throw new InvalidWorkshopInput("photo", "repairOrder.error.tooManyPhotos", CheckPhoto.MOST_PER_CHECK);
        }
        orders.insert(dealer, id.value(), check, taken + 1, photo);
        return taken + 1;
    }
}
