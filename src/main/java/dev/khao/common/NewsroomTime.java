package dev.khao.common;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Instants as the newsroom writes them: at its zone's offset, in the form RFC 3339 (JSON, Atom, sitemaps) allows. */
public final class NewsroomTime {

    private NewsroomTime() {
    }

    /**
     * {@code time} at {@code zone}'s offset of that instant. RFC 3339 offsets are hours and minutes, but a zone's local
     * mean time before it took a standard offset has seconds (Bangkok was +06:42:04 until 1920): such an offset is cut
     * to whole minutes and the same instant written at it (1900-01-01T00:00Z is 1900-01-01T06:42+06:42).
     */
    public static OffsetDateTime of(OffsetDateTime time, ZoneId zone) {
        OffsetDateTime local = time.atZoneSameInstant(zone).toOffsetDateTime();
        int seconds = local.getOffset().getTotalSeconds();
        return seconds % 60 == 0 ? local : local.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(seconds - seconds % 60));
    }
}
