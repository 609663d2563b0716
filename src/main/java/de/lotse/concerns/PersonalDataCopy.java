package de.lotse.concerns;

import java.util.List;
import java.util.Map;

/**
 * Everything Lotse keeps about one concern, as its citizen gets it (Art. 15 GDPR): the data as named sections, and the
 * files (attachments, original messages) as they came.
 */
public record PersonalDataCopy(Reference reference, Map<String, Object> data, List<File> files) {

    /** A file for the copy, under a path inside it (such as {@code attachments/2-bescheid.pdf}). */
    public record File(String path, String contentType, byte[] content) {
    }

    /**
     * Implemented by modules that keep data of a concern outside the concern tables (the channels: messages as they
     * came, files, chats, deliveries). Declared here so that the copy is whole without the case core depending on them.
     */
    public interface Holder {
        /** The section's name in the copy, such as {@code channels}. */
        String section();

        Object dataOf(ConcernId concern);

        List<File> filesOf(ConcernId concern);
    }
}
