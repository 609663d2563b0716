package de.lotse.insights;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q3}: the period of the report to the Trägerversammlung. */
public record Quarter(int year, int number) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4");
        }
    }

    public static Optional<Quarter> parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        return matcher.matches() ? Optional.of(new Quarter(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)))) : Optional.empty();
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth first() {
        return YearMonth.of(year, (number - 1) * 3 + 1);
    }

    public YearMonth last() {
        return first().plusMonths(2);
    }

    public Quarter previous() {
        return of(first().minusMonths(1));
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
