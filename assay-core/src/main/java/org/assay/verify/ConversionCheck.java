package org.assay.verify;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.assay.claim.ClaimParts;
import org.assay.claim.Quantity;
import org.assay.claim.Unit;

/**
 * Checks a money figure the article converts into another currency ("$1.13bn (£600m)", "1.8bn euros ($2.3bn)")
 * against bundled exchange rates: the conversion holds when some monthly average rate of the year to the article's
 * date (and of the year the claim names, when earlier), widened by {@link #DAY_SPREAD}, turns the first figure (with its rounding) into the second (with its rounding
 * and hedge). The rates come from any dataset whose measure is in {@link #RATE_UNIT}, keyed by ISO 4217 code; the
 * finest time axis wins. Indexed once; stateless and thread-safe after construction.
 */
final class ConversionCheck {

    /** The unit of a measure that gives each currency's rate against the US dollar (a currency per dollar). */
    static final String RATE_UNIT = "currency units per USD";

    /**
     * An article converts at the rate of the day it was written, or of the period it reports (a year's results at the
     * year's average rate); the twelve months up to the article's date hold both.
     */
    static final int WINDOW_MONTHS = 12;

    /**
     * A day's rate sits within 3% of its month's average in all but crisis months (sterling and the euro moved by
     * 2-4% from top to bottom within a month in 2004-05), so a conversion at a day's rate is read with 3% either way.
     */
    static final double DAY_SPREAD = 0.03;

    /** Hedge words a converted figure may carry outside the quantity's own text. */
    private static final String HEDGE = "about|around|roughly|approximately|some|nearly|almost|just over|over|more than|c\\.";

    /** A converted figure follows in brackets, perhaps hedged: "$1.13bn (£600m)", "$50m (about £27m)". */
    private static final Pattern OPEN = Pattern.compile("\\s*\\(\\s*(?:" + HEDGE + ")?\\s*");

    /** Further conversions in the same bracket: "($570m; £300m)", "($570m, or £300m)". */
    private static final Pattern NEXT = Pattern.compile("\\s*(?:[;,/]|,?\\s+or)\\s*(?:" + HEDGE + ")?\\s*");

    /** The bracket closes after the last converted figure. */
    private static final Pattern CLOSE = Pattern.compile("\\s*\\)");

    private final Dataset rates;
    private final LocalCurrency local;
    /** Monthly average units per dollar by currency code, worked out on the first conversion checked. */
    private final Lazily<Map<String, NavigableMap<YearMonth, Double>>> perUsd;

    private ConversionCheck(Dataset rates, LocalCurrency local) {
        this.rates = rates;
        this.local = local;
        this.perUsd = new Lazily<>(() -> monthly(rates));
    }

    /** The check over the finest rate table loaded, or empty when no dataset gives rates against the dollar. */
    static Optional<ConversionCheck> of(List<Dataset> datasets) {
        return datasets.stream()
                .filter(d -> d.manifest().time() != null && rateMeasure(d).isPresent())
                .max(Comparator.comparing(d -> d.manifest().time().axis()))
                .map(d -> new ConversionCheck(d, LocalCurrency.of(datasets, Places.bundled())));
    }

    private static Map<String, NavigableMap<YearMonth, Double>> monthly(Dataset d) {
        Measure m = rateMeasure(d).orElseThrow();
        Map<String, NavigableMap<YearMonth, List<Double>>> byMonth = new HashMap<>();
        for (Row r : d.rows()) {
            if (r.time() != null && r.figure(m).isPresent()) {
                byMonth.computeIfAbsent(r.key(), k -> new TreeMap<>())
                        .computeIfAbsent(YearMonth.from(r.time()), k -> new ArrayList<>()).add(r.figure(m).getAsDouble());
            }
        }
        Map<String, NavigableMap<YearMonth, Double>> perUsd = new HashMap<>();
        byMonth.forEach((code, months) -> {
            NavigableMap<YearMonth, Double> avg = new TreeMap<>();
            months.forEach((month, vs) -> avg.put(month, vs.stream().mapToDouble(v -> v * m.scale()).average().orElseThrow()));
            perUsd.put(code, avg);
        });
        return perUsd;
    }

    private static Optional<Measure> rateMeasure(Dataset d) {
        return d.manifest().measures().stream().filter(m -> m.unit().equals(RATE_UNIT)).findFirst();
    }

    /**
     * The verdict on every bracketed conversion of the claim (contradicted when any fails), or empty when the claim
     * converts nothing, has no date, or names a currency the rates lack. A money word several countries use ("rupees")
     * is read as {@code place}'s currency of that name when it has one.
     */
    Optional<Verdict> check(ClaimParts parts, String text, int base, LocalDate asOf, String place) {
        if (asOf == null) {
            return Optional.empty();
        }
        YearMonth end = YearMonth.from(asOf);
        YearMonth start = end.minusMonths(WINDOW_MONTHS - 1);
        if (parts.year() != null && parts.year() < start.getYear()) {
            start = YearMonth.of(parts.year(), 1);
        }
        List<String> findings = new ArrayList<>();
        List<String> details = new ArrayList<>();
        boolean holds = true;
        List<Quantity> qs = parts.quantities();
        for (int i = 0; i < qs.size(); i++) {
            Quantity from = qs.get(i);
            List<Quantity> into = converted(qs, i, text, base);
            for (Quantity to : into) {
                String a = local.code(from, place).orElseThrow();
                String b = local.code(to, place).orElseThrow();
                Optional<double[]> range = a.equals(b) ? Optional.empty() : crossRange(a, b, start, end);
                if (range.isEmpty()) {
                    continue;
                }
                double low = from.roundedLow() * range.get()[0] * (1 - DAY_SPREAD);
                double high = from.roundedHigh() * range.get()[1] * (1 + DAY_SPREAD);
                Claimed said = Claimed.of(to);
                holds &= said.high() >= low && said.low() <= high;
                String rate = rate(range.get(), a, b);
                findings.add("at " + rate + ", " + from.text() + " is " + money(from.value() * range.get()[0], b)
                        + " to " + money(from.upper() * range.get()[1], b) + ", and the article says " + to.text());
                details.add(rate);
            }
            i += into.size();
        }
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        String window = month(start) + " to " + month(end);
        String why = "The article's conversion " + (holds ? "agrees with" : "disagrees with") + " "
                + rates.manifest().title().split(":")[0] + " (monthly averages, " + window + "): "
                + String.join("; ", findings) + ".";
        return Optional.of(new Verdict(holds ? VerdictStatus.SUPPORTED : VerdictStatus.CONTRADICTED, why,
                List.of(Evidence.of(rates, "monthly averages " + window + ": " + String.join("; ", details)))));
    }

    /**
     * The figures in brackets after the money figure {@code qs[i]} that convert it: "$1.13bn (£600m)",
     * "25bn rupees ($570m; £300m)"; none when the bracket holds anything else ("$99 (£69 in the UK)"). A claim's text
     * may end inside the bracket.
     */
    private static List<Quantity> converted(List<Quantity> qs, int i, String text, int base) {
        if (!qs.get(i).unit().isCurrency() || i + 1 >= qs.size()
                || !OPEN.matcher(between(text, base, qs.get(i), qs.get(i + 1))).matches()) {
            return List.of();
        }
        int last = i + 1;
        while (last + 1 < qs.size() && NEXT.matcher(between(text, base, qs.get(last), qs.get(last + 1))).matches()) {
            last++;
        }
        int after = qs.get(last).span().end() - base;
        boolean closed = after >= text.length() || CLOSE.matcher(text.substring(Math.max(after, 0))).lookingAt();
        List<Quantity> into = qs.subList(i + 1, last + 1);
        return closed && into.stream().allMatch(q -> q.unit().isCurrency()) ? into : List.of();
    }

    /** The lowest and highest monthly rate of {@code to} per unit of {@code from} from {@code start} to {@code end}. */
    private Optional<double[]> crossRange(String from, String to, YearMonth start, YearMonth end) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            Double a = rate(from, m);
            Double b = rate(to, m);
            if (a != null && b != null) {
                low = Math.min(low, b / a);
                high = Math.max(high, b / a);
            }
        }
        return low > high ? Optional.empty() : Optional.of(new double[] {low, high});
    }

    private Double rate(String currency, YearMonth month) {
        if (currency.equals(Unit.USD.name())) {
            return 1.0;
        }
        NavigableMap<YearMonth, Double> series = perUsd.get().get(currency);
        return series == null ? null : series.get(month);
    }

    private static String between(String text, int base, Quantity a, Quantity b) {
        int from = a.span().end() - base;
        int to = b.span().start() - base;
        return from < 0 || to > text.length() || from > to ? "" : text.substring(from, to);
    }

    /** "1.76 to 1.93 USD per GBP": the rate quoted the way round that is above one. */
    private static String rate(double[] range, String from, String to) {
        boolean inverse = range[1] < 1;
        double low = inverse ? 1 / range[1] : range[0];
        double high = inverse ? 1 / range[0] : range[1];
        return Figures.format(significant(low), "") + " to " + Figures.format(significant(high), "") + " "
                + (inverse ? from + " per " + to : to + " per " + from);
    }

    /** "GBP 585m", "JPY 1.2bn": three significant digits with the scale news uses. */
    private static String money(double v, String currency) {
        double s = significant(v);
        String n = Math.abs(s) >= 1e9 ? Figures.format(s / 1e9, "") + "bn"
                : Math.abs(s) >= 1e6 ? Figures.format(s / 1e6, "") + "m" : Figures.format(s, "");
        return currency + " " + n;
    }

    /** Three significant digits: a rate or a converted amount is not known better than that. */
    private static double significant(double v) {
        if (v == 0) {
            return 0;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }

    private static String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
}
