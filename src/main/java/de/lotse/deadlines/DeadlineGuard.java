package de.lotse.deadlines;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.calendar.PublicHoliday;

/**
 * The formal periods around a Bescheid, by the rules in DESIGN.md §6:
 * <ul>
 * <li>Bekanntgabe by post (§37(2) SGB X): the 3rd day after posting for postings until 31 Dec 2024, the 4th day from
 * 1 Jan 2025 (Postrechtsmodernisierungsgesetz). That day is <em>not</em> moved for weekends or holidays.</li>
 * <li>Widerspruchsfrist (§84 SGG): one month from Bekanntgabe; it ends on the day of the next month with the same
 * number, or that month's last day if it has none (§64(2) SGG); only an end on a Saturday, Sunday or Hamburg public
 * holiday moves to the next working day (§64(3) SGG, §26(3) SGB X).</li>
 * <li>A missing or wrong Rechtsbehelfsbelehrung gives one year instead (§66(2) SGG), the end moved the same way.</li>
 * <li>Untätigkeit (§88 SGG): a suit is possible once 6 months have passed since an application, 3 months since an
 * objection.</li>
 * <li>Überprüfungsantrag (§44(4) SGB X with §40(1) SGB II): back payment reaches to 1 January of the year before the
 * request.</li>
 * </ul>
 */
@Service
public class DeadlineGuard {

    /** The first posting day counted with four days instead of three. */
    static final LocalDate FOUR_DAY_RULE_FROM = LocalDate.of(2025, 1, 1);

    private final HamburgCalendar calendar;
    private final int electronicDaysAfter;
    private final Clock clock;

    DeadlineGuard(HamburgCalendar calendar, @Value("${lotse.deadlines.electronic-days-after:4}") int electronicDaysAfter,
            Clock clock) {
        this.calendar = calendar;
        this.electronicDaysAfter = electronicDaysAfter;
        this.clock = clock;
    }

    /**
     * The advice for a Bescheid a citizen cites by the date printed on it, as of today. That date is taken as the day
     * it was posted, and the Belehrung as unchecked, so the earlier (one-month) end is shown.
     */
    public DeadlineAdvice forDateOnBescheid(LocalDate dateOnBescheid) {
        return forDateOnBescheid(dateOnBescheid, LocalDate.now(clock.withZone(HamburgCalendar.ZONE)));
    }

    /** The same, as of a given day. */
    public DeadlineAdvice forDateOnBescheid(LocalDate dateOnBescheid, LocalDate today) {
        return advice(dateOnBescheid, Delivery.POST, Instruction.UNKNOWN, today);
    }

    /** The day a Bescheid counts as made known. */
    public LocalDate notifiedOn(LocalDate sentOn, Delivery delivery) {
        return switch (delivery) {
            case POST -> sentOn.plusDays(sentOn.isBefore(FOUR_DAY_RULE_FROM) ? 3 : 4);
            case ELECTRONIC -> sentOn.plusDays(electronicDaysAfter);
            case IN_PERSON -> sentOn;
        };
    }

    /** The Widerspruchsfrist of a Bescheid sent (posted, made available, handed over) on a day. */
    public ObjectionPeriod objectionPeriod(LocalDate sentOn, Delivery delivery, Instruction instruction) {
        LocalDate notified = notifiedOn(sentOn, delivery);
        // plusMonths/plusYears keep the day number or fall back to the month's last day: §64(2) SGG exactly.
        LocalDate nominalEnd = instruction.faulty() ? notified.plusYears(1) : notified.plusMonths(1);
        LocalDate endsOn = calendar.workingDayOnOrAfter(nominalEnd);
        return new ObjectionPeriod(sentOn, delivery, notified, nominalEnd, endsOn,
                calendar.holiday(nominalEnd).map(PublicHoliday::name), instruction.faulty());
    }

    /** The advice for a Bescheid sent on a day, as of today. */
    public DeadlineAdvice advice(LocalDate sentOn, Delivery delivery, Instruction instruction, LocalDate today) {
        return new DeadlineAdvice(objectionPeriod(sentOn, delivery, instruction), today, reviewReachesBackTo(today));
    }

    /**
     * The first day a suit for inaction (Untätigkeitsklage) is admissible: the day after the months have run, counted
     * from the filing (§26 SGB X with §§187(1), 188(2) BGB). A "not before" period is not moved for weekends.
     */
    public LocalDate inactionSuitFrom(LocalDate filedOn, Filing filing) {
        return filedOn.plusMonths(filing == Filing.APPLICATION ? 6 : 3).plusDays(1);
    }

    /** How far back a review request (Überprüfungsantrag) made on a day can bring back payment. */
    public LocalDate reviewReachesBackTo(LocalDate requestedOn) {
        return LocalDate.of(requestedOn.getYear() - 1, 1, 1);
    }

    /** What was filed and is left unanswered. */
    public enum Filing {
        APPLICATION, OBJECTION
    }
}
