package de.lotse.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.springframework.stereotype.Service;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.directory.DirectoryEntry.Schedule;
import de.lotse.directory.DirectorySnapshot.Listed;

/**
 * Finds published counselling services by district, postcode (nearest first), topic, language, accessibility, opening
 * times, appointment or walk-in, costs, phone and video advice, and words. Reads only the in-memory snapshot.
 */
@Service
public class DirectorySearch {

    /** One service found; {@code distanceKm} from the postcode's centre to its nearest location, when asked. */
    public record Hit(DirectoryEntry entry, OptionalDouble distanceKm, boolean openNow) {
    }

    /**
     * One page of what was found.
     *
     * @param unknownPostcode the postcode given is not one of Hamburg's (or has no known centre): no distances
     * @param openOnDay the day "open on a weekday" was checked for
     */
    public record Result(List<Hit> hits, int total, int page, boolean unknownPostcode, Optional<LocalDate> openOnDay) {

        public int pages() {
            return Math.max(1, (total + DirectoryQuery.PAGE_SIZE - 1) / DirectoryQuery.PAGE_SIZE);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    private record Found(Listed listed, double distance) {
    }

    private final DirectorySnapshot snapshot;
    private final OpeningHours hours;
    private final Clock clock;

    DirectorySearch(DirectorySnapshot snapshot, OpeningHours hours, Clock clock) {
        this.snapshot = snapshot;
        this.hours = hours;
        this.clock = clock;
    }

    public Result search(DirectoryQuery query) {
        DirectorySnapshot.Contents contents = snapshot.contents();
        LocalDateTime now = LocalDateTime.now(clock.withZone(HamburgCalendar.ZONE));
        Optional<String> postcode = query.postcode().map(code -> code.replaceAll("\\s", "")).filter(code -> !code.isEmpty());
        Optional<GeoPoint> origin = postcode.map(contents.centroids()::get);
        boolean unknownPostcode = postcode.isPresent() && origin.isEmpty();
        Optional<LocalDate> openOnDay = query.openOn()
                .map(day -> now.toLocalDate().with(TemporalAdjusters.nextOrSame(day)));
        List<String> words = query.text().map(SearchText::words).orElse(List.of());

        List<Found> found = new ArrayList<>();
        for (Listed listed : contents.entries()) {
            if (!matches(listed, query, words)) {
                continue;
            }
            DirectoryEntry entry = listed.entry();
            if (query.openNow() && !hours.openAt(entry, Schedule.Kind.OPENING, now)) {
                continue;
            }
            if (openOnDay.isPresent() && !hours.openOn(entry, Schedule.Kind.OPENING, openOnDay.get())) {
                continue;
            }
            found.add(new Found(listed, origin.map(point -> nearest(point, listed)).orElse(Double.NaN)));
        }
        if (origin.isPresent()) {
            // Stable sort: equal distances (and services without a place, last) keep the name order.
            found.sort(Comparator.comparingDouble(hit -> Double.isNaN(hit.distance()) ? Double.MAX_VALUE : hit.distance()));
        }
        int page = found.isEmpty() ? 0 : Math.min(query.page(), (found.size() - 1) / DirectoryQuery.PAGE_SIZE);
        int from = page * DirectoryQuery.PAGE_SIZE;
        List<Hit> hits = found.subList(from, Math.min(from + DirectoryQuery.PAGE_SIZE, found.size())).stream()
                .map(hit -> new Hit(hit.listed().entry(),
                        Double.isNaN(hit.distance()) ? OptionalDouble.empty() : OptionalDouble.of(hit.distance()),
                        hours.openAt(hit.listed().entry(), Schedule.Kind.OPENING, now)))
                .toList();
        return new Result(hits, found.size(), page, unknownPostcode, openOnDay);
    }

    private static boolean matches(Listed listed, DirectoryQuery query, List<String> words) {
        DirectoryEntry entry = listed.entry();
        DirectoryEntry.Service service = entry.service();
        if (query.district().isPresent() && !listed.districts().contains(query.district().get())) {
            return false;
        }
        if (query.topic().isPresent() && !entry.topics().contains(query.topic().get())) {
            return false;
        }
        if (query.language().isPresent() && !entry.languages().contains(query.language().get())) {
            return false;
        }
        if (!query.accessibility().isEmpty() && !accessible(listed, query.accessibility())) {
            return false;
        }
        if (query.visit().isPresent() && !query.visit().get().offeredBy(service.appointment())) {
            return false;
        }
        if ((query.freeOfCharge() && !service.freeOfCharge()) || (query.phoneAdvice() && !service.phoneAdvice())
                || (query.videoAdvice() && !service.videoAdvice())) {
            return false;
        }
        for (String word : words) {
            if (!listed.text().contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** All features asked for at one and the same location: a lift here and a loop there help nobody. */
    private static boolean accessible(Listed listed, Set<Accessibility> wanted) {
        return listed.featuresByPlace().stream().anyMatch(features -> features.containsAll(wanted));
    }

    private static double nearest(GeoPoint origin, Listed listed) {
        double nearest = Double.NaN;
        for (GeoPoint place : listed.places()) {
            double distance = origin.kilometresTo(place);
            if (Double.isNaN(nearest) || distance < nearest) {
                nearest = distance;
            }
        }
        return nearest;
    }
}
