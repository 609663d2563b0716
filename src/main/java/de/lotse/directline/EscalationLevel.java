package de.lotse.directline;

import java.util.Optional;

/** Who at the Jobcenter answers for a referral: the site management, then the area management, then the executive. */
public enum EscalationLevel {
    SITE, AREA, EXECUTIVE;

    public Optional<EscalationLevel> next() {
        return switch (this) {
            case SITE -> Optional.of(AREA);
            case AREA -> Optional.of(EXECUTIVE);
            case EXECUTIVE -> Optional.empty();
        };
    }
}
