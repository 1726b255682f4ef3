package io.github.coplan.storage.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.domain.market.Category;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.PartnershipType;
import io.github.coplan.domain.market.ProfileContent;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.ProfileKind;
import io.github.coplan.domain.market.ProfileQuery;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.port.storage.CandidateQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The market's queries use their indexes: the retrieval of candidates reads each key's postings
 * from one range of the posting index, ranks the profiles they name from an index by key (the match
 * index, where the database chooses it) and reads the rows of those it keeps by key, never the
 * whole table of profiles or postings; searches, counts and introductions read theirs from an index
 * too. The database's own plan of each is read ({@code EXPLAIN QUERY PLAN} on SQLite, {@code
 * EXPLAIN} on PostgreSQL) over {@value #PROFILES} published profiles (grown tenfold on PostgreSQL),
 * with statistics gathered. The plans are kept in {@code target/query-plans-<class>.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MarketQueryPlanCheck {

  static final int ORGANISATIONS = 40;
  static final int PROFILES = 3_000;
  static final int KEYWORDS = 300;
  static final int PLANS = 20;
  static final LocalDate START = LocalDate.of(2019, 1, 1);

  JdbiStorage storage;
  final List<Organisation> organisations = new ArrayList<>();
  final List<CategoryCode> leaves = new ArrayList<>();
  final List<TechnologyProfile> profiles = new ArrayList<>();
  final List<PlanId> plans = new ArrayList<>();
  PlanId plan;

  /** A fresh, empty store. */
  abstract JdbiStorage createStorage();

  /** The database's plan of a statement with its parameters, one line per step. */
  abstract List<String> plan(Handle handle, String sql, List<ActivitySearch.Value> values);

  /** Grows the tables after the fill, where the database needs more rows to prefer indexes. */
  void grow(Handle handle) {}

  /** Gathers statistics. */
  abstract void analyze(Handle handle);

  /** Asserts that the retrieval of candidates reads postings and profiles by index only. */
  abstract void assertCandidatesUseIndexes(String name, List<String> plan);

  /** Asserts that a query reads a table from one of its indexes, never whole. */
  abstract void assertUsesIndex(String name, String index, List<String> plan);

  @BeforeAll
  void fill() {
    storage = createStorage();
    for (int i = 0; i < PLANS; i++) {
      plans.add(new PlanId(UUID.randomUUID()));
    }
    plan = plans.get(4);
    storage.inTransaction(
        r -> {
          for (int i = 0; i < ORGANISATIONS; i++) {
            organisations.add(
                r.organisations()
                    .insert(
                        Organisation.register(
                            new OrganisationId(UUID.randomUUID()),
                            OrganisationProfile.builder()
                                .name(LocalizedText.of("en", "Organisation " + i))
                                .type(OrganisationType.PRIVATE_SECTOR)
                                .country(i % 2 == 0 ? CountryCode.VN : CountryCode.IL)
                                .build())));
          }
          for (int root = 0; root < 4; root++) {
            CategoryCode r0 = CategoryCode.of("c" + root);
            r.market().saveCategory(new Category(r0, null, LocalizedText.of("en", "C" + root)));
            for (int child = 0; child < 5; child++) {
              CategoryCode c1 = CategoryCode.of(r0 + "." + child);
              r.market().saveCategory(new Category(c1, r0, LocalizedText.of("en", c1.code())));
              for (int leaf = 0; leaf < 4; leaf++) {
                CategoryCode c2 = CategoryCode.of(c1 + "." + leaf);
                r.market().saveCategory(new Category(c2, c1, LocalizedText.of("en", c2.code())));
                leaves.add(c2);
              }
            }
          }
          ProfileKind[] kinds = ProfileKind.values();
          for (int i = 0; i < PROFILES; i++) {
            ProfileKind kind = kinds[i % kinds.length];
            ProfileContent content =
                ProfileContent.builder()
                    .kind(kind)
                    .title(LocalizedText.of("en", "Profile " + i))
                    .summary(LocalizedText.of("en", "Summary of profile " + i))
                    .description(LocalizedText.of("en", "Description"))
                    .category(
                        leaves.get(i % leaves.size()), leaves.get((i * 7 + 3) % leaves.size()))
                    .keyword("keyword " + i % KEYWORDS, "keyword " + (i * 11 + 5) % KEYWORDS)
                    .partnership(
                        i % 3 == 0
                            ? PartnershipType.RESEARCH_COOPERATION
                            : PartnershipType.COMMERCIAL)
                    .targetCountry(
                        i % 4 == 0 ? new CountryCode[] {CountryCode.VN} : new CountryCode[0])
                    .build();
            TechnologyProfile draft =
                TechnologyProfile.draft(
                    new ProfileId(UUID.randomUUID()),
                    organisations.get(i % ORGANISATIONS).id(),
                    new PersonId(UUID.randomUUID()),
                    i % 2 == 0 ? plans.get(i % PLANS) : null,
                    i % 2 == 0 ? 1 + i % 3 : null,
                    content);
            profiles.add(
                r.market()
                    .insertProfile(i % 20 == 19 ? draft : draft.publish(START.plusDays(i % 200))));
          }
          for (int i = 0; i < 500; i++) {
            TechnologyProfile request = profiles.get(i * 5 + 1);
            TechnologyProfile offer = profiles.get(i * 5);
            r.market()
                .insertIntroduction(
                    Introduction.suggest(
                        new IntroductionId(UUID.randomUUID()),
                        request.id(),
                        offer.id(),
                        plans.get(i % PLANS),
                        1,
                        START.plusDays(300)));
          }
          return null;
        });
    storage.withHandle(
        false,
        h -> {
          grow(h);
          analyze(h);
          return null;
        });
  }

  @AfterAll
  void close() {
    storage.close();
  }

  /** Keeps a plan in {@code target/query-plans-<class>.txt}, for the record. */
  private List<String> keep(String name, List<String> plan) {
    try {
      java.nio.file.Path file =
          java.nio.file.Path.of("target", "query-plans-" + getClass().getSimpleName() + ".txt");
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(
          file,
          "## " + name + "\n" + String.join("\n", plan) + "\n\n",
          java.nio.charset.StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return plan;
  }

  /**
   * The retrieval of candidates, of one kind and of two, with every filter and without, reads
   * postings and profiles by index; and the statement explained is the one the repository runs.
   */
  @Test
  void theRetrievalOfCandidatesReadsPostingsAndProfilesByIndex() {
    TechnologyProfile subject = profiles.get(1);
    List<CandidateQuery> queries =
        List.of(
            CandidateQuery.of(subject, CountryCode.VN, START.plusDays(250), 400, 100),
            new CandidateQuery(
                subject.id(),
                subject.owner(),
                Set.of(ProfileKind.TECHNOLOGY_REQUEST, ProfileKind.RESEARCH_REQUEST),
                PartnershipType.RESEARCH_COOPERATION,
                CountryCode.IL,
                Set.of(CountryCode.VN, CountryCode.IL),
                START.plusDays(250),
                List.of(leaves.get(1), leaves.get(8), leaves.get(40)),
                List.of("keyword 1", "keyword 16", "keyword 200"),
                CandidateQuery.DEFAULT_PER_KEY,
                100));
    storage.withHandle(
        true,
        session -> {
          int n = 0;
          for (CandidateQuery query : queries) {
            ActivitySearch search = MarketSearch.candidates(storage.sql(), query);
            String name = "candidates " + ++n;
            assertCandidatesUseIndexes(
                name, keep(name, plan(session, search.sql(), search.values())));
          }
          return null;
        });
    List<TechnologyProfile> found = storage.readOnly(r -> r.market().candidates(queries.get(1)));
    assertThat(found)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.owner()).isNotEqualTo(subject.owner()));
  }

  /** A search of profiles by owner, by plan and after an id reads an index. */
  @Test
  void searchesCountsAndIntroductionsUseIndexes() {
    TechnologyProfile some = profiles.get(30);
    storage.withHandle(
        true,
        session -> {
          ActivitySearch byOwner =
              MarketSearch.profiles(
                  storage.sql(), new ProfileQuery(null, null, some.owner(), null, null, null, 50));
          assertUsesIndex(
              "profiles of an owner",
              "coplan_profile_owner",
              keep("profiles of an owner", plan(session, byOwner.sql(), byOwner.values())));
          ActivitySearch byPlan =
              MarketSearch.profiles(
                  storage.sql(), new ProfileQuery(null, null, null, plan, null, null, 50));
          assertUsesIndex(
              "profiles of a plan",
              "coplan_profile_plan",
              keep("profiles of a plan", plan(session, byPlan.sql(), byPlan.values())));
          List<ActivitySearch.Value> counts = new ArrayList<>();
          counts.add(day(START));
          counts.add(day(START.plusDays(365)));
          counts.add(new ActivitySearch.Value(plan, PlanId.class));
          for (int i = 0; i < 5; i++) {
            counts.add(day(START));
            counts.add(day(START.plusDays(365)));
          }
          counts.add(new ActivitySearch.Value(plan, PlanId.class));
          List<String> countsPlan =
              keep("counts", plan(session, storage.sql().get("market.counts"), counts));
          assertUsesIndex("counts", "coplan_profile_plan", countsPlan);
          // The plan's introductions are one range of either index that leads with the plan
          // (migration 12's, by plan and day agreed, serves the derived indicators).
          assertUsesIndex(
              "counts", "(coplan_introduction_plan|coplan_introduction_agreed)", countsPlan);
          List<ActivitySearch.Value> of =
              List.of(
                  new ActivitySearch.Value(some.id(), ProfileId.class),
                  new ActivitySearch.Value(some.id(), ProfileId.class));
          List<String> introductions =
              keep(
                  "introductions of a profile",
                  plan(session, storage.sql().get("market.introduction.of"), of));
          assertUsesIndex("introductions of a profile", "coplan_introduction_pair", introductions);
          assertUsesIndex("introductions of a profile", "coplan_introduction_offer", introductions);
          return null;
        });
  }

  private static ActivitySearch.Value day(LocalDate day) {
    return new ActivitySearch.Value(day, LocalDate.class);
  }
}
