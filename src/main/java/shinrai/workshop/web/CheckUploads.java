package shinrai.workshop.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import shinrai.shared.InvalidInput;
import shinrai.workshop.CheckPhoto;
import shinrai.workshop.ItemResult;

/**
 * What the check form sends besides its fields: a result per checklist item ({@code item-MAINTENANCE.oilLevel} =
 * {@code OK} or {@code NOT_OK}, with {@code note-MAINTENANCE.oilLevel}), and the photos from the camera.
 */
final class CheckUploads {

    static final String ITEM = "item-";
    static final String NOTE = "note-";

    private CheckUploads() {}

    static List<ItemResult> results(MultiValueMap<String, String> fields) {
        List<ItemResult> results = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            if (field.getKey().startsWith(ITEM) && !field.getValue().isEmpty()) {
                String ref = field.getKey().substring(ITEM.length());
                String note = fields.getFirst(NOTE + ref);
                results.add(new ItemResult(ref, "OK".equals(field.getValue().get(0)), note == null ? "" : note));
            }
        }
        return results;
    }

    /** The photos chosen; an empty file input sends one empty part, which is no photo. */
    static List<CheckPhoto> photos(@Nullable List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        List<CheckPhoto> photos = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                invalid.attempt(() -> photos.add(read("photos", file)), false);
            }
        }
        invalid.throwIfAny();
        return photos;
    }

    static CheckPhoto read(String field, MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return CheckPhoto.read(field, name, file.getSize(), () -> {
            try {
                return file.getBytes();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }

    /** A photo as the browser shows it: only to the staff who asked, never cached by anyone else. */
    static ResponseEntity<byte[]> served(CheckPhoto photo) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(photo.content());
    }
}
