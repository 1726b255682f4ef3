package io.github.coplan.domain.market;

import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.shared.CountryCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How two profiles are matched: the hard criteria that decide whether they may be matched at all,
 * and the {@linkplain Criterion criteria} that score and explain a match. Pure functions of the
 * profiles, their categories' lineages and the day: the same inputs always give the same matches,
 * in the same order.
 *
 * <p><b>Hard criteria.</b> Two profiles may be matched on a day when their kinds complement each
 * other ({@link ProfileKind#complements}), both are {@linkplain TechnologyProfile#isLiveOn live}
 * that day, they belong to different organisations, and, when the offer names target countries, the
 * requester's country is one of them.
 *
 * <p><b>Score.</b> The sum of the points of the assessments: each criterion's weight for a match,
 * half of it for a partial, nothing for a mismatch or an unknown. See {@link Criterion} for the
 * weights and the verdicts.
 *
 * <p><b>Ranking.</b> {@link #RANKING}: higher score first; then more criteria matched; then the
 * candidate confirmed current more recently; then the candidate's id, as text.
 *
 * @since 0.3.0
 */
public final class Matching {

  /** A candidate confirmed current within this many days is fresh. */
  public static final int FRESH_DAYS = 90;

  /** A profile not confirmed current for longer than this many days is stale. */
  public static final int STALE_DAYS = 180;

  /** The order of matches, best first; see the class description. */
  public static final Comparator<Match> RANKING =
      Comparator.comparingInt(Match::score)
          .reversed()
          .thenComparing(Comparator.comparingLong(Matching::matched).reversed())
          .thenComparing(
              (Match m) -> m.candidate().confirmedOn(),
              Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
          .thenComparing(m -> m.candidate().id().toString());

  private Matching() {}

  private static long matched(Match m) {
    return m.explanation().stream().filter(a -> a.verdict() == Verdict.MATCH).count();
  }

  /**
   * Why two profiles may not be matched on a day, if they may not: the hard criteria they fail.
   *
   * @param a one profile
   * @param aCountry the country of its owner
   * @param b the other profile
   * @param bCountry the country of its owner
   * @param asOf the day
   * @return the hard criteria failed, in a stable order; empty when they may be matched
   */
  public static List<String> refusals(
      TechnologyProfile a,
      CountryCode aCountry,
      TechnologyProfile b,
      CountryCode bCountry,
      LocalDate asOf) {
    Validation v = new Validation();
    v.required("a", a);
    v.required("aCountry", aCountry);
    v.required("b", b);
    v.required("bCountry", bCountry);
    v.required("asOf", asOf);
    v.throwIfAny();
    List<String> refusals = new ArrayList<>();
    ProfileKind ak = a.content().kind();
    ProfileKind bk = b.content().kind();
    TechnologyProfile offer = ak.isRequest() ? b : a;
    if (!ak.complements(bk, offer.content().partnerships())) {
      refusals.add("kinds " + ak + " and " + bk + " do not complement each other");
    }
    if (!a.isLiveOn(asOf)) {
      refusals.add("profile " + a.id() + " is not live on " + asOf);
    }
    if (!b.isLiveOn(asOf)) {
      refusals.add("profile " + b.id() + " is not live on " + asOf);
    }
    if (a.owner().equals(b.owner())) {
      refusals.add("both belong to organisation " + a.owner());
    }
    if (ak.isRequest() != bk.isRequest()) {
      CountryCode requester = ak.isRequest() ? aCountry : bCountry;
      Set<CountryCode> targets = offer.content().targetCountries();
      if (!targets.isEmpty() && !targets.contains(requester)) {
        refusals.add("the offer targets " + targets + ", not the requester's " + requester);
      }
    }
    return List.copyOf(refusals);
  }

  /**
   * Assesses a candidate for a subject profile on a day, on every criterion. The hard criteria are
   * not checked here.
   *
   * @param subject the profile matched
   * @param candidate the candidate
   * @param lineages the lineage of every category either is filed under; a category missing from it
   *     counts as a root of its own
   * @param asOf the day
   * @return the match, scored and explained
   */
  public static Match assess(
      TechnologyProfile subject,
      TechnologyProfile candidate,
      Map<CategoryCode, CategoryLineage> lineages,
      LocalDate asOf) {
    Validation v = new Validation();
    v.required("subject", subject);
    v.required("candidate", candidate);
    v.required("lineages", lineages);
    v.required("asOf", asOf);
    v.throwIfAny();
    ProfileContent s = subject.content();
    ProfileContent c = candidate.content();
    boolean subjectAsks = s.kind().isRequest();
    boolean pair = subjectAsks != c.kind().isRequest();
    ProfileContent request = subjectAsks ? s : c;
    ProfileContent offer = subjectAsks ? c : s;
    List<Assessment> explanation =
        List.of(
            categories(s.categories(), c.categories(), lineages),
            keywords(s.foldedKeywords(), c.foldedKeywords()),
            partnership(s.partnerships(), c.partnerships()),
            ordered(
                Criterion.STAGE,
                pair,
                offer.stage(),
                request.stage(),
                "stage",
                "the least stage it accepts"),
            ordered(
                Criterion.IPR,
                pair,
                offer.ipr(),
                request.ipr(),
                "intellectual-property status",
                "the protection it needs"),
            freshness(candidate.confirmedOn(), asOf));
    int score = explanation.stream().mapToInt(Assessment::points).sum();
    return new Match(candidate, score, explanation);
  }

  /**
   * What a profile lacks that would improve its matches, on a day.
   *
   * @param subject the profile
   * @param asOf the day
   * @return the gaps, in the order of {@link Gap}
   */
  public static List<Gap> gaps(TechnologyProfile subject, LocalDate asOf) {
    Validation v = new Validation();
    v.required("subject", subject);
    v.required("asOf", asOf);
    v.throwIfAny();
    ProfileContent s = subject.content();
    Set<Gap> gaps = EnumSet.noneOf(Gap.class);
    if (!subject.isLiveOn(asOf)) {
      gaps.add(Gap.NOT_LIVE);
    }
    if (s.categories().isEmpty()) {
      gaps.add(Gap.NO_CATEGORIES);
    }
    if (s.keywords().isEmpty()) {
      gaps.add(Gap.NO_KEYWORDS);
    }
    if (s.sought() == null) {
      gaps.add(Gap.NOTHING_SOUGHT);
    }
    if (s.stage() == null) {
      gaps.add(Gap.NO_STAGE);
    }
    if (s.ipr() == null) {
      gaps.add(Gap.NO_IPR);
    }
    LocalDate confirmed = subject.confirmedOn();
    if (confirmed != null && ChronoUnit.DAYS.between(confirmed, asOf) > STALE_DAYS) {
      gaps.add(Gap.STALE);
    }
    return List.copyOf(gaps);
  }

  /**
   * Scores candidates for a subject and keeps the best.
   *
   * @param subject the profile matched
   * @param candidates the candidates, which passed the hard criteria
   * @param lineages the lineage of every category the subject and the candidates are filed under
   * @param asOf the day
   * @param limit how many matches to keep, at least 1
   * @return the best matches, in {@link #RANKING} order, with the subject's gaps
   */
  public static Matches rank(
      TechnologyProfile subject,
      List<TechnologyProfile> candidates,
      Map<CategoryCode, CategoryLineage> lineages,
      LocalDate asOf,
      int limit) {
    Validation v = new Validation();
    v.required("subject", subject);
    v.elements("candidates", candidates);
    v.require(
        limit >= 1,
        "limit",
        io.github.coplan.domain.error.Violation.OUT_OF_RANGE,
        "at least 1, was " + limit);
    v.throwIfAny();
    List<Ranked> all = new ArrayList<>(candidates.size());
    for (TechnologyProfile candidate : candidates) {
      all.add(new Ranked(assess(subject, candidate, lineages, asOf)));
    }
    all.sort(Ranked.ORDER);
    List<Match> best = new ArrayList<>(Math.min(limit, all.size()));
    for (Ranked r : all.subList(0, Math.min(limit, all.size()))) {
      best.add(r.match());
    }
    return new Matches(subject, asOf, best, gaps(subject, asOf));
  }

  /**
   * A match with the keys of {@link #RANKING} worked out once, so that a sort compares them without
   * counting the criteria matched or writing the id's text at every comparison.
   */
  private record Ranked(
      Match match, int score, long matched, @Nullable LocalDate confirmed, String id) {

    /** {@link #RANKING}, on the keys. */
    static final Comparator<Ranked> ORDER =
        Comparator.comparingInt(Ranked::score)
            .reversed()
            .thenComparing(Comparator.comparingLong(Ranked::matched).reversed())
            .thenComparing(
                Ranked::confirmed, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Ranked::id);

    Ranked(Match match) {
      this(
          match,
          match.score(),
          Matching.matched(match),
          match.candidate().confirmedOn(),
          match.candidate().id().toString());
    }
  }

  private static CategoryLineage lineage(
      CategoryCode code, Map<CategoryCode, CategoryLineage> lineages) {
    CategoryLineage l = lineages.get(code);
    return l != null ? l : new CategoryLineage(code, null, code);
  }

  private static Assessment categories(
      List<CategoryCode> s, List<CategoryCode> c, Map<CategoryCode, CategoryLineage> lineages) {
    if (s.isEmpty() || c.isEmpty()) {
      return new Assessment(
          Criterion.CATEGORIES,
          Verdict.UNKNOWN,
          List.of(s.isEmpty() ? "the profile has no category" : "the candidate has no category"));
    }
    List<String> exact = new ArrayList<>();
    for (CategoryCode code : s) {
      if (c.contains(code)) {
        exact.add("same category: " + code);
      }
    }
    if (!exact.isEmpty()) {
      return new Assessment(Criterion.CATEGORIES, Verdict.MATCH, exact);
    }
    Set<String> parents = new LinkedHashSet<>();
    Set<String> roots = new LinkedHashSet<>();
    for (CategoryCode sc : s) {
      CategoryLineage sl = lineage(sc, lineages);
      for (CategoryCode cc : c) {
        CategoryLineage cl = lineage(cc, lineages);
        @Nullable CategoryCode parent = sharedParent(sl, cl);
        if (parent != null) {
          parents.add("same parent: " + parent + " (" + sc + ", " + cc + ")");
        } else if (sl.root().equals(cl.root())) {
          roots.add("same root: " + sl.root() + " (" + sc + ", " + cc + ")");
        }
      }
    }
    if (parents.isEmpty() && roots.isEmpty()) {
      return new Assessment(
          Criterion.CATEGORIES, Verdict.MISMATCH, List.of("no category in common"));
    }
    List<String> evidence = new ArrayList<>(parents);
    evidence.addAll(roots);
    return new Assessment(Criterion.CATEGORIES, Verdict.PARTIAL, evidence);
  }

  /** The parent two different categories share, counting a category as its child's parent. */
  private static @Nullable CategoryCode sharedParent(CategoryLineage a, CategoryLineage b) {
    if (a.parent() != null && a.parent().equals(b.parent())) {
      return a.parent();
    } else if (a.code().equals(b.parent())) {
      return a.code();
    } else if (b.code().equals(a.parent())) {
      return b.code();
    }
    return null;
  }

  private static Assessment keywords(List<String> s, List<String> c) {
    if (s.isEmpty() || c.isEmpty()) {
      return new Assessment(
          Criterion.KEYWORDS,
          Verdict.UNKNOWN,
          List.of(s.isEmpty() ? "the profile has no keyword" : "the candidate has no keyword"));
    }
    List<String> shared = new ArrayList<>();
    for (String k : s) {
      if (c.contains(k)) {
        shared.add("shared keyword: " + k);
      }
    }
    Verdict verdict;
    if (shared.size() >= 2
        || (!shared.isEmpty() && shared.size() == Math.min(s.size(), c.size()))) {
      verdict = Verdict.MATCH;
    } else if (!shared.isEmpty()) {
      verdict = Verdict.PARTIAL;
    } else {
      verdict = Verdict.MISMATCH;
      shared.add("no keyword in common");
    }
    return new Assessment(Criterion.KEYWORDS, verdict, shared);
  }

  private static Assessment partnership(Set<PartnershipType> s, Set<PartnershipType> c) {
    List<String> shared = new ArrayList<>();
    for (PartnershipType t : PartnershipType.values()) {
      if (s.contains(t) && c.contains(t)) {
        shared.add("both seek " + t);
      }
    }
    Verdict verdict;
    if (shared.isEmpty()) {
      verdict = Verdict.MISMATCH;
      shared.add("the profile seeks " + sorted(s) + ", the candidate " + sorted(c));
    } else if (shared.size() == Math.min(s.size(), c.size())) {
      verdict = Verdict.MATCH;
    } else {
      verdict = Verdict.PARTIAL;
    }
    return new Assessment(Criterion.PARTNERSHIP, verdict, shared);
  }

  private static List<PartnershipType> sorted(Set<PartnershipType> types) {
    return types.stream().sorted().toList();
  }

  private static <E extends Enum<E>> Assessment ordered(
      Criterion criterion,
      boolean pair,
      @Nullable E offered,
      @Nullable E needed,
      String offerSays,
      String requestSays) {
    if (!pair) {
      return new Assessment(
          criterion, Verdict.UNKNOWN, List.of("not an offer and a request: nothing to compare"));
    }
    if (offered == null || needed == null) {
      return new Assessment(
          criterion,
          Verdict.UNKNOWN,
          List.of(
              offered == null
                  ? "the offer does not give its " + offerSays
                  : "the request does not give " + requestSays));
    }
    String evidence = "offer " + offered + ", request needs " + needed + " or more";
    int shortBy = needed.ordinal() - offered.ordinal();
    Verdict verdict =
        shortBy <= 0 ? Verdict.MATCH : shortBy == 1 ? Verdict.PARTIAL : Verdict.MISMATCH;
    return new Assessment(criterion, verdict, List.of(evidence));
  }

  private static Assessment freshness(@Nullable LocalDate confirmed, LocalDate asOf) {
    if (confirmed == null) {
      return new Assessment(
          Criterion.FRESHNESS, Verdict.UNKNOWN, List.of("the candidate was never published"));
    }
    long days = ChronoUnit.DAYS.between(confirmed, asOf);
    Verdict verdict =
        days <= FRESH_DAYS
            ? Verdict.MATCH
            : days <= STALE_DAYS ? Verdict.PARTIAL : Verdict.MISMATCH;
    return new Assessment(
        Criterion.FRESHNESS,
        verdict,
        List.of("confirmed current on " + confirmed + ", " + days + " days before " + asOf));
  }
}
