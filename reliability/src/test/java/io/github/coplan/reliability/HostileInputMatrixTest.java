package io.github.coplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coplan.application.AddAffiliation;
import io.github.coplan.application.AddContentArea;
import io.github.coplan.application.AddDocument;
import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.AddParty;
import io.github.coplan.application.ChangeActivityStatus;
import io.github.coplan.application.ChangePlanStatus;
import io.github.coplan.application.DescribePlan;
import io.github.coplan.application.DraftPlan;
import io.github.coplan.application.MoveActivity;
import io.github.coplan.application.ProposeActivity;
import io.github.coplan.application.RegisterOrganisation;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.ReviseActivity;
import io.github.coplan.application.UpdateOrganisation;
import io.github.coplan.domain.activity.ActivityDetails;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.ActivityType;
import io.github.coplan.domain.activity.Location;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.CoplanException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.organisation.OrganisationProfile;
import io.github.coplan.domain.organisation.OrganisationType;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.plan.ContentArea;
import io.github.coplan.domain.plan.DocumentType;
import io.github.coplan.domain.plan.Party;
import io.github.coplan.domain.plan.PartyRole;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanDocument;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Cursor;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.DateSpan;
import io.github.coplan.domain.shared.LocalizedText;
import io.github.coplan.domain.shared.PartialDate;
import io.github.coplan.port.storage.Storage;
import io.github.coplan.reliability.Stores.Adapter;
import io.github.coplan.reliability.Stores.Store;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Campaign 3, hostile input: one matrix of bad inputs, run through the public API against the
 * memory store, SQLite and PostgreSQL, each built the same way ({@link HostileFixture}, same ids
 * and clock). Every refused input must give the documented error (its code and, for invalid input,
 * each violation's path and code) that the matrix states, and the very same on every store;
 * afterwards the store must be unchanged: the memory store's full dump after each case, the SQL
 * stores' every table row after each group of cases, and every store's full dump through the SPI
 * after the whole matrix. Inputs that are not errors (SQL as plain text, a search for {@code %}, a
 * forged but well-formed cursor) must give equal results on every store; those that write are run
 * last and must read back as written.
 *
 * <p>The matrix: every text rule (missing, blank, Unicode-blank, control and bidirectional-control
 * characters, unpaired surrogates, over the limit in code points, 1 MB) on every kind of text
 * field, language tags, ends before starts, extreme dates (year 0, 10000, {@link LocalDate#MIN},
 * {@link LocalDate#MAX}), unknown countries, unknown content areas, self-parents, cycles of two and
 * through a chain 10,000 deep, page sizes, illegal transitions, frozen plans, unknown references,
 * duplicates, stale versions, SQL in every text field, the sort and the cursor, and forged or
 * truncated cursors. It is written to {@code target/hostile-input-matrix.md}. The campaign has one
 * size; its long mode is the same matrix.
 */
class HostileInputMatrixTest {

  private static final String SQL_DROP = "'; DROP TABLE activity; --";
  private static final String SQL_OR = "1 OR 1=1";
  private static final String SQL_SORT = "title DESC; DELETE FROM activity";
  private static final String ONE_MB = "ư".repeat(1 << 20);
  private static final LocalDate DAY = LocalDate.of(2018, 8, 15);

  @TempDir Path dir;

  /** One input: what it is, what the store must answer, and the call through the API. */
  record Case(
      String group,
      String name,
      String expected,
      boolean writes,
      boolean onChain,
      Function<HostileFixture, Object> call) {}

  /**
   * What a call gave: an error's documented code and violations, or "ok" and the value returned.
   */
  record Outcome(String code, Object value) {}

  @Test
  void everyBadInputGetsTheSameDocumentedErrorOnEveryStoreAndChangesNothing() throws Exception {
    int chain = Campaign.size("coplan.hostile.chain", 10_000, 10_000);
    Map<Adapter, List<Outcome>> outcomes = new EnumMap<>(Adapter.class);
    Map<Adapter, List<Map<String, Object>>> dumps = new EnumMap<>(Adapter.class);
    List<Case> matrix = null;
    List<String> problems = new ArrayList<>();
    long started = System.nanoTime();
    for (Adapter adapter : Adapter.values()) {
      try (Store main = Stores.open(adapter, dir);
          Store deep = Stores.open(adapter, dir)) {
        HostileFixture fixture = new HostileFixture(main.storage(), 0);
        HostileFixture chained = new HostileFixture(deep.storage(), chain);
        List<Case> cases = cases(fixture, chained);
        matrix = matrix == null ? cases : matrix;
        assertThat(cases)
            .extracting(Case::name)
            .isEqualTo(matrix.stream().map(Case::name).toList());
        List<Map<String, Object>> seen = new ArrayList<>();
        dumps.put(adapter, seen);
        List<Outcome> results = new ArrayList<>();
        outcomes.put(adapter, results);
        for (boolean onChain : new boolean[] {false, true}) {
          Store store = onChain ? deep : main;
          HostileFixture f = onChain ? chained : fixture;
          List<Case> refusals =
              cases.stream().filter(c -> !c.writes() && c.onChain() == onChain).toList();
          Map<String, Object> before = LogicalDump.of(store.storage(), f.issued(), DAY);
          seen.add(before);
          Map<String, List<String>> raw = store.rawDump();
          Map<String, Object> last = before;
          String group = null;
          for (Case c : refusals) {
            if (adapter != Adapter.MEMORY && group != null && !group.equals(c.group())) {
              raw = checkRaw(store, raw, adapter + " after the group " + group, problems);
            }
            group = c.group();
            results.add(run(c, f));
            if (adapter == Adapter.MEMORY && !onChain) {
              Map<String, Object> now = LogicalDump.of(store.storage(), f.issued(), DAY);
              if (!now.equals(last)) {
                problems.add(
                    adapter
                        + ": the store changed after "
                        + c.group()
                        + " / "
                        + c.name()
                        + ": "
                        + difference(last, now));
                last = now;
              }
            }
          }
          if (adapter != Adapter.MEMORY) {
            checkRaw(store, raw, adapter + " after the group " + group, problems);
          }
          Map<String, Object> after = LogicalDump.of(store.storage(), f.issued(), DAY);
          if (!after.equals(before)) {
            problems.add(
                adapter
                    + (onChain ? " (chain)" : "")
                    + ": the full dump differs after the refused inputs: "
                    + difference(before, after));
          }
        }
        for (boolean onChain : new boolean[] {false, true}) {
          HostileFixture f = onChain ? chained : fixture;
          for (Case c : cases) {
            if (c.writes() && c.onChain() == onChain) {
              Outcome outcome = run(c, f);
              results.add(outcome);
              if (outcome.code().equals("ok")) {
                readBack(f, outcome.value(), adapter + " / " + c.name(), problems);
              }
            }
          }
          seen.add(LogicalDump.of((onChain ? deep : main).storage(), f.issued(), DAY));
        }
        // what the SQL stores hold in their databases, read by a store that has cached nothing
        for (boolean onChain : new boolean[] {false, true}) {
          Store store = onChain ? deep : main;
          Storage fresh = store.reopen();
          try {
            seen.add(LogicalDump.of(fresh, (onChain ? chained : fixture).issued(), DAY));
          } catch (RuntimeException e) {
            problems.add(
                adapter
                    + (onChain ? " (chain)" : "")
                    + ": the database cannot be read back by a new store: "
                    + e);
            seen.add(Map.of("unreadable", e.toString()));
          } finally {
            if (fresh != store.storage()) {
              fresh.close();
            }
          }
        }
      }
    }

    List<Case> ordered = new ArrayList<>();
    for (boolean onChain : new boolean[] {false, true}) {
      ordered.addAll(matrix.stream().filter(c -> !c.writes() && c.onChain() == onChain).toList());
    }
    for (boolean onChain : new boolean[] {false, true}) {
      ordered.addAll(matrix.stream().filter(c -> c.writes() && c.onChain() == onChain).toList());
    }
    StringBuilder table =
        new StringBuilder(
            "| group | input | memory | SQLite | PostgreSQL |\n|---|---|---|---|---|\n");
    int refused = 0;
    for (int i = 0; i < ordered.size(); i++) {
      Case c = ordered.get(i);
      Outcome memory = outcomes.get(Adapter.MEMORY).get(i);
      Outcome sqlite = outcomes.get(Adapter.SQLITE).get(i);
      Outcome postgres = outcomes.get(Adapter.POSTGRES).get(i);
      table
          .append("| ")
          .append(c.group())
          .append(" | ")
          .append(c.name().replace("|", "\\|"))
          .append(" | ")
          .append(display(memory))
          .append(" | ")
          .append(display(sqlite))
          .append(" | ")
          .append(display(postgres))
          .append(" |\n");
      if (!memory.code().equals(c.expected())) {
        problems.add(
            c.group()
                + " / "
                + c.name()
                + ": expected "
                + c.expected()
                + " but memory gave "
                + memory.code());
      }
      for (Outcome other : List.of(sqlite, postgres)) {
        if (!other.code().equals(memory.code()) || !Objects.equals(other.value(), memory.value())) {
          problems.add(
              c.group()
                  + " / "
                  + c.name()
                  + ": memory gave "
                  + memory.code()
                  + " "
                  + abbreviate(memory.value())
                  + ", but "
                  + (other == sqlite ? "SQLite" : "PostgreSQL")
                  + " "
                  + other.code()
                  + " "
                  + abbreviate(other.value()));
        }
      }
      refused += c.expected().equals("ok") ? 0 : 1;
    }
    String[] stages = {
      "the fixture",
      "the fixture with the chain",
      "the accepted inputs",
      "the accepted inputs on the chain",
      "the accepted inputs, read by a new store",
      "the accepted inputs on the chain, read by a new store"
    };
    for (Adapter adapter : List.of(Adapter.SQLITE, Adapter.POSTGRES)) {
      for (int stage = 0; stage < stages.length; stage++) {
        if (!dumps.get(adapter).get(stage).equals(dumps.get(Adapter.MEMORY).get(stage))) {
          problems.add(
              adapter
                  + " holds other data than the memory store after "
                  + stages[stage]
                  + ": "
                  + difference(
                      dumps.get(Adapter.MEMORY).get(stage), dumps.get(adapter).get(stage)));
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "hostile-input-matrix.md"), table, StandardCharsets.UTF_8);
    Campaign.record(
        "hostile input",
        String.format(
            Locale.ROOT,
            "%d inputs x 3 stores (%d refused, %d accepted and compared), parent chain %d deep;"
                + " outcomes different between stores: %d, stores changed by a refused input: %d, problems %d; %.1f s",
            ordered.size(),
            refused,
            ordered.size() - refused,
            chain,
            problems.stream()
                .filter(p -> p.contains(" but SQLite") || p.contains(" but PostgreSQL"))
                .count(),
            problems.stream().filter(p -> p.contains("changed") || p.contains("differs")).count(),
            problems.size(),
            (System.nanoTime() - started) / 1e9));
    assertThat(problems).isEmpty();
  }

  // ---- the matrix ------------------------------------------------------------------------------

  private static List<Case> cases(HostileFixture f, HostileFixture chained) {
    Matrix m = new Matrix();
    textRules(m, f);
    languageTags(m, f);
    dates(m, f);
    countries(m, f);
    contentAreasAndParents(m, f);
    pagesAndTransitions(m, f);
    referencesDuplicatesAndVersions(m, f);
    sqlEverywhere(m, f);
    cursors(m, f);
    accepted(m, f);
    m.onChain = true;
    deepChain(m, chained);
    return m.cases;
  }

  /** On a store of its own, so that the other cases need not dump 10,000 activities after each. */
  private static void deepChain(Matrix m, HostileFixture f) {
    m.refused(
        "parents",
        "root of a chain " + f.chainLength + " deep under its last link",
        "activity.parent-cycle",
        x -> x.coplan.activities().move(MoveActivity.under(x.chainRoot, x.chainEnd)));
    m.refused(
        "parents",
        "last link of the chain under itself",
        "activity.self-parent",
        x -> x.coplan.activities().move(MoveActivity.under(x.chainEnd, x.chainEnd)));
    m.refused(
        "parents",
        "root of the chain under a link of another plan",
        "activity.parent-other-plan",
        x -> x.coplan.activities().move(MoveActivity.under(x.chainRoot, x.a.id())));
    m.read(
        "parents",
        "search of the chain, first page by title, descending",
        x ->
            ids(
                x.coplan
                    .activities()
                    .search(
                        ActivityQuery.builder()
                            .plan(x.deep.id())
                            .sort(ActivitySort.parse("title,desc"))
                            .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                            .build())));
    m.read(
        "parents",
        "progress of the chain's plan",
        x -> x.coplan.reports().progress(x.deep.id(), DAY).progress());
    m.written(
        "parents",
        "proposed under the last link of a chain " + f.chainLength + " deep",
        x -> x.propose(x.deep, 1, "Link " + x.chainLength, x.chainEnd));
  }

  /** A text field: how a value gets into it, and its limit. */
  /**
   * A text field: its name, limit in code points, whether it may span lines, the paths of its
   * violations (of the text rules, and of the single-line rules when a localized text is narrowed
   * to one line), whether it may be left out, and how a value gets into it.
   */
  private record Field(
      String name,
      int limit,
      boolean multiLine,
      boolean localized,
      String path,
      String linePath,
      boolean optional,
      Function<String, Function<HostileFixture, Object>> call) {

    Field(
        String name,
        int limit,
        boolean multiLine,
        String path,
        Function<String, Function<HostileFixture, Object>> call) {
      this(name, limit, multiLine, false, path, path, false, call);
    }

    /**
     * A localized text: checked first as paragraphs in every language, then narrowed to its limit.
     */
    static Field localized(
        String name,
        int limit,
        String path,
        String linePath,
        Function<String, Function<HostileFixture, Object>> call) {
      return new Field(
          name, limit, limit == Texts.PARAGRAPH_LIMIT, true, path, linePath, false, call);
    }

    static Field optional(
        String name,
        int limit,
        String path,
        Function<String, Function<HostileFixture, Object>> call) {
      return new Field(name, limit, false, false, path, path, true, call);
    }
  }

  private static void textRules(Matrix m, HostileFixture f) {
    List<Field> fields =
        List.of(
            Field.localized(
                "plan title",
                Texts.LINE_LIMIT,
                "vi",
                "title.vi",
                s ->
                    x ->
                        x.coplan
                            .plans()
                            .draft(new DraftPlan(PlanCode.of("NEW"), LocalizedText.of("vi", s)))),
            Field.localized(
                "plan summary",
                Texts.PARAGRAPH_LIMIT,
                "vi",
                "vi",
                s ->
                    x ->
                        x.coplan
                            .plans()
                            .describe(
                                new DescribePlan(x.plan.id(), x.plan.title())
                                    .withSummary(LocalizedText.of("vi", s))
                                    .withPeriod(x.plan.period()))),
            Field.localized(
                "activity title",
                Texts.LINE_LIMIT,
                "vi",
                "title.vi",
                s ->
                    x ->
                        x.coplan
                            .activities()
                            .propose(
                                new ProposeActivity(
                                    x.plan.id(),
                                    HostileFixture.details(1, "T").toBuilder()
                                        .title(LocalizedText.of("vi", s))
                                        .build()))),
            Field.localized(
                "activity description",
                Texts.PARAGRAPH_LIMIT,
                "vi",
                "vi",
                s ->
                    x ->
                        x.coplan
                            .activities()
                            .revise(
                                new ReviseActivity(
                                    x.a.id(),
                                    x.a.details().toBuilder()
                                        .description(LocalizedText.of("vi", s))
                                        .build()))),
            new Field(
                "person name",
                Texts.LINE_LIMIT,
                false,
                "name",
                s ->
                    x ->
                        x.coplan
                            .people()
                            .register(
                                new RegisterPerson(
                                    PersonProfile.of(s, CountryCode.VN), List.of()))),
            new Field(
                "person expertise",
                Texts.TOKEN_LIMIT,
                false,
                "expertise[0]",
                s ->
                    x ->
                        x.coplan
                            .people()
                            .register(
                                new RegisterPerson(
                                    new PersonProfile(
                                        "Dũng",
                                        CountryCode.VN,
                                        new HashSet<>(Arrays.asList(s)),
                                        null,
                                        false),
                                    List.of()))),
            Field.optional(
                "person contact",
                2 * Texts.TOKEN_LIMIT,
                "contact",
                s ->
                    x ->
                        x.coplan
                            .people()
                            .register(
                                new RegisterPerson(
                                    new PersonProfile("Dũng", CountryCode.VN, Set.of(), s, false),
                                    List.of()))),
            new Field(
                "affiliation position",
                Texts.LINE_LIMIT,
                false,
                "position",
                s ->
                    x ->
                        x.coplan
                            .people()
                            .addAffiliation(
                                new AddAffiliation(
                                    x.dung.id(), new Affiliation(x.iia.id(), s, null, null)))),
            Field.localized(
                "organisation name",
                Texts.LINE_LIMIT,
                "en",
                "name.en",
                s ->
                    x ->
                        x.coplan
                            .organisations()
                            .register(
                                new RegisterOrganisation(
                                    OrganisationProfile.builder()
                                        .name(LocalizedText.of("en", s))
                                        .type(OrganisationType.OTHER)
                                        .country(CountryCode.VN)
                                        .build()))),
            Field.optional(
                "organisation acronym",
                Texts.TOKEN_LIMIT,
                "acronym",
                s ->
                    x ->
                        x.coplan
                            .organisations()
                            .update(
                                new UpdateOrganisation(
                                    x.embassy.id(),
                                    profile(
                                        x.embassy.profile(),
                                        s,
                                        x.embassy.profile().alternativeNames(),
                                        null)))),
            new Field(
                "organisation alternative name",
                Texts.LINE_LIMIT,
                false,
                "alternativeNames[0]",
                s ->
                    x ->
                        x.coplan
                            .organisations()
                            .update(
                                new UpdateOrganisation(
                                    x.embassy.id(),
                                    profile(x.embassy.profile(), null, Arrays.asList(s), null)))),
            new Field(
                "identifier value",
                Texts.TOKEN_LIMIT,
                false,
                "value",
                s ->
                    x ->
                        x.coplan
                            .organisations()
                            .update(
                                new UpdateOrganisation(
                                    x.embassy.id(),
                                    profile(
                                        x.embassy.profile(),
                                        null,
                                        List.of(),
                                        ExternalIdentifier.of("VN-TAX", s))))),
            new Field(
                "identifier scheme",
                Texts.TOKEN_LIMIT,
                false,
                "scheme",
                s ->
                    x ->
                        x.coplan
                            .organisations()
                            .update(
                                new UpdateOrganisation(
                                    x.embassy.id(),
                                    profile(
                                        x.embassy.profile(),
                                        null,
                                        List.of(),
                                        ExternalIdentifier.of(s, "0301234567"))))),
            Field.optional(
                "location city",
                Texts.LINE_LIMIT,
                "city",
                s ->
                    x ->
                        x.coplan
                            .activities()
                            .revise(
                                new ReviseActivity(
                                    x.a.id(),
                                    x.a.details().toBuilder()
                                        .location(new Location(CountryCode.VN, s, null, false))
                                        .build()))),
            Field.optional(
                "location venue",
                Texts.LINE_LIMIT,
                "venue",
                s ->
                    x ->
                        x.coplan
                            .activities()
                            .revise(
                                new ReviseActivity(
                                    x.a.id(),
                                    x.a.details().toBuilder()
                                        .location(
                                            new Location(CountryCode.VN, "Hồ Chí Minh", s, false))
                                        .build()))),
            Field.localized(
                "content area title",
                Texts.LINE_LIMIT,
                "vi",
                "title.vi",
                s ->
                    x ->
                        x.coplan
                            .plans()
                            .addContentArea(
                                new AddContentArea(
                                    x.plan.id(), new ContentArea(3, LocalizedText.of("vi", s))))),
            Field.localized(
                "document title",
                Texts.LINE_LIMIT,
                "vi",
                "title.vi",
                s ->
                    x ->
                        x.coplan
                            .plans()
                            .addDocument(
                                new AddDocument(
                                    x.plan.id(),
                                    new PlanDocument(
                                        DocumentType.OTHER,
                                        LocalizedText.of("vi", s),
                                        URI.create("https://example.org/mou.pdf"),
                                        null)))),
            new Field(
                "plan suspension reason",
                Texts.LINE_LIMIT,
                false,
                "reason",
                s -> x -> x.coplan.plans().changeStatus(ChangePlanStatus.suspend(x.plan.id(), s))),
            new Field(
                "activity cancellation reason",
                Texts.LINE_LIMIT,
                false,
                "reason",
                s ->
                    x ->
                        x.coplan
                            .activities()
                            .changeStatus(ChangeActivityStatus.cancel(x.a.id(), s))),
            new Field(
                "search text",
                Texts.LINE_LIMIT,
                false,
                "text",
                s -> x -> x.coplan.activities().search(ActivityQuery.builder().text(s).build())));
    for (Field field : fields) {
      Map<String, String> kinds = new LinkedHashMap<>();
      kinds.put("missing (null)", null);
      kinds.put("empty", "");
      kinds.put("spaces and tabs", "  \t ");
      kinds.put("Unicode-blank U+00A0 U+3000 U+2007 U+FEFF", "\u00A0\u3000\u2007\uFEFF");
      kinds.put(
          "invisible U+200B U+200D U+2060 U+00AD U+FE0F U+E0067",
          "\u200B\u200D\u2060\u00AD\uFE0F\uDB40\uDC67");
      kinds.put("combining marks only U+0301 U+0301", "\u0301\u0301");
      kinds.put("NUL U+0000", "Tuần\u0000lễ");
      kinds.put("ANSI escape U+001B", "\u001B[31mđỏ");
      kinds.put("DEL U+007F", "xoá\u007F");
      kinds.put("NEL U+0085", "next\u0085line");
      kinds.put("bidi override U+202E", "\u202Eđảo ngược");
      kinds.put("bidi embedding U+202A..U+202C", "\u202Aembed\u202C");
      kinds.put("bidi isolate U+2066..U+2069", "\u2066isolate\u2069");
      kinds.put("right-to-left mark U+200F", "dấu\u200Fphải");
      kinds.put("Arabic letter mark U+061C", "\u061Cnhãn");
      kinds.put("unpaired high surrogate", "x\uD83Dy");
      kinds.put("unpaired low surrogate", "abc\uDE00");
      kinds.put("limit + 1 code points", "ư".repeat(field.limit() + 1));
      kinds.put("limit + 1 emoji (2 UTF-16 units each)", "\uD83D\uDE00".repeat(field.limit() + 1));
      kinds.put("1 MB", ONE_MB);
      kinds.put("line feed", "Dòng một\nDòng hai");
      kinds.forEach(
          (kind, value) -> {
            String code = expectedTextCode(kind, value, field);
            if (code == null) {
              return;
            }
            m.refused("text: " + field.name(), kind, code, field.call().apply(value));
          });
    }
  }

  /**
   * The documented answer to a bad text in a field: the path and code of its violation, or null if
   * it is no error.
   */
  private static String expectedTextCode(String kind, String value, Field field) {
    if (value == null) {
      if (field.optional() || field.name().equals("search text")) {
        return null; // left out: not an error
      }
      return invalid(field.path() + ":required");
    }
    // a localized text is checked as paragraphs first, so tabs and line feeds pass until it is
    // narrowed to one line
    boolean paragraphRules = field.multiLine() || field.localized();
    if (kind.startsWith("line feed")) {
      return field.multiLine() ? null : invalid(field.linePath() + ":control-character");
    }
    if (kind.startsWith("spaces and tabs") && !paragraphRules) {
      return invalid(field.path() + ":control-character");
    }
    if (value.isBlank()
        || value.equals("\u00A0\u3000\u2007\uFEFF")
        || kind.startsWith("invisible")
        || kind.startsWith("combining")) {
      return invalid(field.path() + ":blank");
    }
    if (kind.startsWith("unpaired")) {
      return invalid(field.path() + ":unpaired-surrogate");
    }
    if (kind.equals("1 MB")) {
      return invalid(field.path() + ":too-long");
    }
    if (kind.startsWith("limit")) {
      return invalid(field.linePath() + ":too-long");
    }
    return invalid(field.path() + ":control-character");
  }

  private static void languageTags(Matrix m, HostileFixture f) {
    for (String tag :
        List.of(
            "",
            "vietnamese",
            "v",
            "vi_VN",
            "vi-",
            "123",
            "und",
            "und-x-private",
            "x-klingon",
            "i-klingon",
            "vi; DROP TABLE plan",
            "ja-JP-x-lvariant-JP",
            "a".repeat(40),
            ONE_MB.substring(0, 1000))) {
      m.refused(
          "language tag",
          abbreviate(tag),
          invalid("language:malformed"),
          x ->
              x.coplan
                  .plans()
                  .draft(new DraftPlan(PlanCode.of("NEW"), LocalizedText.of(tag, "Kế hoạch"))));
    }
    m.refused(
        "language tag",
        "missing (null)",
        invalid("language:required"),
        x -> LocalizedText.of(null, "Kế hoạch"));
    m.refused(
        "language tag",
        "the same language twice (vi, VI)",
        invalid("vi:duplicate"),
        x -> LocalizedText.of("vi", Map.of("vi", "a", "VI", "b")));
    m.refused(
        "language tag",
        "original language without text",
        invalid("original:required"),
        x -> LocalizedText.of("he", Map.of("vi", "a")));
  }

  private static void dates(Matrix m, HostileFixture f) {
    Map<String, String> partial = new LinkedHashMap<>();
    partial.put("0000", "start:out-of-range");
    partial.put("10000", "start:out-of-range");
    partial.put("99999-12-31", "start:out-of-range");
    partial.put("-0001", "start:malformed");
    partial.put("2018-13", "start:out-of-range");
    partial.put("2018-00", "start:out-of-range");
    partial.put("2018-02-30", "start:out-of-range");
    partial.put("2018-02-29", "start:out-of-range");
    partial.put("2018-Q5", "start:malformed");
    partial.put("2018-H3", "start:malformed");
    partial.put("18-11", "start:malformed");
    partial.put("2018-11-15~?", "start:malformed");
    partial.put(" 2018", "start:malformed");
    partial.put("２０１８", "start:malformed");
    partial.put("~2018-11", "start:malformed");
    partial.put("2018/?2019", "end:malformed");
    partial.put("2019/2018", "end:end-before-start");
    partial.put("2018-12/2018-11", "end:end-before-start");
    partial.put("2018/10000", "end:out-of-range");
    partial.put("2018/" + SQL_OR, "end:malformed");
    partial.put(SQL_DROP, "start:malformed");
    partial.forEach(
        (text, violation) ->
            m.refused(
                "dates",
                "planned " + text,
                invalid(violation),
                x ->
                    x.coplan
                        .activities()
                        .propose(
                            new ProposeActivity(
                                x.plan.id(),
                                HostileFixture.details(1, "Dated").toBuilder()
                                    .planned(DateSpan.parse(text))
                                    .build()))));
    m.refused(
        "dates",
        "actual start LocalDate.MIN",
        invalid(":out-of-range"),
        x ->
            x.coplan
                .activities()
                .changeStatus(
                    ChangeActivityStatus.start(x.a.id(), PartialDate.ofDay(LocalDate.MIN))));
    m.refused(
        "dates",
        "actual start LocalDate.MAX",
        invalid(":out-of-range"),
        x ->
            x.coplan
                .activities()
                .changeStatus(
                    ChangeActivityStatus.start(x.a.id(), PartialDate.ofDay(LocalDate.MAX))));
    m.refused(
        "dates",
        "actual start year 10000",
        invalid(":out-of-range"),
        x -> PartialDate.ofDay(LocalDate.of(10_000, 1, 1)));
    m.refused(
        "dates",
        "actual start year 0",
        invalid(":out-of-range"),
        x -> PartialDate.ofDay(LocalDate.of(0, 12, 31)));
    m.refused(
        "dates",
        "search window LocalDate.MIN to MAX",
        invalid("from:out-of-range", "to:out-of-range"),
        x ->
            x.coplan
                .activities()
                .search(ActivityQuery.builder().window(LocalDate.MIN, LocalDate.MAX).build()));
    m.refused(
        "dates",
        "search window ends before it starts",
        invalid("to:end-before-start"),
        x ->
            x.coplan
                .activities()
                .search(
                    ActivityQuery.builder()
                        .window(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 1, 1))
                        .build()));
    m.refused(
        "dates",
        "search window year 0 to 10000",
        invalid("from:out-of-range", "to:out-of-range"),
        x ->
            x.coplan
                .activities()
                .search(
                    ActivityQuery.builder()
                        .window(LocalDate.of(0, 1, 1), LocalDate.of(10_000, 1, 1))
                        .build()));
    m.read(
        "dates",
        "search window 0001-01-01 to 9999-12-31",
        x ->
            ids(
                x.coplan
                    .activities()
                    .search(
                        ActivityQuery.builder()
                            .plan(x.plan.id())
                            .window(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))
                            .build())));
    m.refused(
        "dates",
        "progress as of LocalDate.MAX",
        invalid("asOf:out-of-range", "upcomingUntil:out-of-range"),
        x ->
            x.coplan
                .reports()
                .progress(new ProgressQuery(x.plan.id(), LocalDate.MAX, LocalDate.MAX)));
    m.refused(
        "dates",
        "progress as of LocalDate.MIN",
        invalid("asOf:out-of-range"),
        x ->
            x.coplan
                .reports()
                .progress(new ProgressQuery(x.plan.id(), LocalDate.MIN, LocalDate.of(2019, 1, 1))));
    m.refused(
        "dates",
        "progress window ends before the report day",
        invalid("upcomingUntil:end-before-start"),
        x ->
            x.coplan
                .reports()
                .progress(
                    new ProgressQuery(
                        x.plan.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2018, 12, 31))));
    m.read(
        "dates",
        "progress as of 9999-12-31",
        x -> x.coplan.reports().progress(x.plan.id(), LocalDate.of(9999, 12, 31)).progress());
    m.read(
        "dates",
        "progress as of 0001-01-01",
        x -> x.coplan.reports().progress(x.plan.id(), LocalDate.of(1, 1, 1)).progress());
    m.refused(
        "dates",
        "affiliation from LocalDate.MIN",
        invalid("from:out-of-range"),
        x ->
            x.coplan
                .people()
                .addAffiliation(
                    new AddAffiliation(
                        x.dung.id(), new Affiliation(x.iia.id(), "Khách", LocalDate.MIN, null))));
    m.refused(
        "dates",
        "affiliation ends before it starts",
        invalid("to:end-before-start"),
        x ->
            x.coplan
                .people()
                .addAffiliation(
                    new AddAffiliation(
                        x.dung.id(),
                        new Affiliation(
                            x.iia.id(),
                            "Khách",
                            LocalDate.of(2019, 1, 1),
                            LocalDate.of(2018, 1, 1)))));
    m.refused(
        "dates",
        "party signed on LocalDate.MAX",
        invalid("signedOn:out-of-range"),
        x ->
            x.coplan
                .plans()
                .addParty(
                    new AddParty(
                        x.plan.id(),
                        new Party(x.embassy.id(), Set.of(PartyRole.SIGNATORY), LocalDate.MAX))));
    m.refused(
        "dates",
        "document dated year 10000",
        invalid("date:out-of-range"),
        x ->
            x.coplan
                .plans()
                .addDocument(
                    new AddDocument(
                        x.plan.id(),
                        new PlanDocument(
                            DocumentType.OTHER,
                            LocalizedText.of("en", "MoU"),
                            URI.create("https://example.org/mou.pdf"),
                            LocalDate.of(10_000, 1, 1)))));
    m.refused(
        "dates",
        "completed before started",
        "activity.complete-needs-actual-dates",
        x ->
            x.coplan
                .activities()
                .changeStatus(
                    ChangeActivityStatus.complete(
                        x.scheduled.id(),
                        PartialDate.parse("2018-11-20"),
                        PartialDate.parse("2018-11-19"))));
  }

  private static void countries(Matrix m, HostileFixture f) {
    for (String code : List.of("XX", "UK", "vnm", "", "V", "ZZ", "EU", SQL_OR, SQL_DROP)) {
      m.refused(
          "country code",
          abbreviate(code),
          invalid(":unknown-country"),
          x ->
              x.coplan
                  .people()
                  .register(
                      new RegisterPerson(
                          PersonProfile.of("Dũng", CountryCode.of(code)), List.of())));
    }
    m.refused("country code", "missing (null)", invalid(":required"), x -> CountryCode.of(null));
    m.refused(
        "country code",
        "a location without country, not online",
        invalid("country:required"),
        x ->
            x.coplan
                .activities()
                .revise(
                    new ReviseActivity(
                        x.a.id(),
                        x.a.details().toBuilder()
                            .location(new Location(null, null, null, false))
                            .build())));
  }

  private static void contentAreasAndParents(Matrix m, HostileFixture f) {
    m.refused(
        "content area",
        "unknown area 3",
        "plan.content-area-unknown",
        x -> x.propose(x.plan, 3, "Three", null));
    m.refused(
        "content area",
        "area 0",
        invalid("contentArea:out-of-range"),
        x -> x.propose(x.plan, 0, "Zero", null));
    m.refused(
        "content area",
        "area 1000",
        invalid("contentArea:out-of-range"),
        x -> x.propose(x.plan, 1000, "Thousand", null));
    m.refused(
        "content area",
        "area Integer.MIN_VALUE",
        invalid("contentArea:out-of-range"),
        x -> x.propose(x.plan, Integer.MIN_VALUE, "Min", null));
    m.refused(
        "content area",
        "never set",
        invalid("contentArea:required"),
        x ->
            x.coplan
                .activities()
                .propose(
                    new ProposeActivity(
                        x.plan.id(),
                        ActivityDetails.builder()
                            .type(ActivityType.OTHER)
                            .title(LocalizedText.of("vi", "Không nội dung"))
                            .planned(DateSpan.parse("2019"))
                            .build())));
    m.refused(
        "content area",
        "revised into an unknown area",
        "plan.content-area-unknown",
        x ->
            x.coplan
                .activities()
                .revise(
                    new ReviseActivity(
                        x.a.id(), x.a.details().toBuilder().contentArea(9).build())));
    m.refused(
        "content area",
        "area 1 added twice",
        "plan.content-area-exists",
        x ->
            x.coplan
                .plans()
                .addContentArea(
                    new AddContentArea(
                        x.plan.id(), new ContentArea(1, LocalizedText.of("en", "Again")))));
    m.refused(
        "content area",
        "search area 0",
        invalid("contentAreas:out-of-range"),
        x -> x.coplan.activities().search(ActivityQuery.builder().contentAreas(0).build()));
    m.refused(
        "content area",
        "search area null",
        invalid("contentAreas[0]:required"),
        x ->
            x.coplan
                .activities()
                .search(ActivityQuery.builder().contentAreas((Integer) null).build()));
    m.refused(
        "parents",
        "self-parent",
        "activity.self-parent",
        x -> x.coplan.activities().move(MoveActivity.under(x.a.id(), x.a.id())));
    m.refused(
        "parents",
        "A→B→A",
        "activity.parent-cycle",
        x -> x.coplan.activities().move(MoveActivity.under(x.a.id(), x.b.id())));
    m.refused(
        "parents",
        "parent in another plan",
        "activity.parent-other-plan",
        x -> x.coplan.activities().move(MoveActivity.under(x.a.id(), x.x.id())));
    m.refused(
        "parents",
        "proposed under a parent in another plan",
        "activity.parent-other-plan",
        x -> x.propose(x.plan, 1, "Child", x.x.id()));
    m.refused(
        "parents",
        "unknown parent",
        "not-found activity",
        x ->
            x.coplan
                .activities()
                .move(MoveActivity.under(x.a.id(), new ActivityId(new UUID(0, 42)))));
    m.refused(
        "parents",
        "organisation as its own parent",
        "organisation.parent-cycle",
        x ->
            x.coplan
                .organisations()
                .update(
                    new UpdateOrganisation(
                        x.dost.id(), withParent(x.dost.profile(), x.dost.id()))));
  }

  private static void pagesAndTransitions(Matrix m, HostileFixture f) {
    for (int size :
        List.of(
            0, -1, ActivityQuery.MAX_PAGE_SIZE + 1, 10_000, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
      m.refused(
          "page size",
          Integer.toString(size),
          invalid("pageSize:out-of-range"),
          x -> x.coplan.activities().search(ActivityQuery.builder().pageSize(size).build()));
    }
    m.read(
        "page size",
        "1",
        x ->
            x.coplan
                .activities()
                .search(ActivityQuery.builder().plan(x.plan.id()).pageSize(1).build()));
    m.read(
        "page size",
        "500",
        x -> ids(x.coplan.activities().search(ActivityQuery.builder().pageSize(500).build())));
    m.refused(
        "transitions",
        "complete a proposed activity",
        "activity.illegal-transition",
        x ->
            x.coplan
                .activities()
                .changeStatus(
                    ChangeActivityStatus.complete(
                        x.a.id(),
                        PartialDate.parse("2018-11-20"),
                        PartialDate.parse("2018-11-22"))));
    m.refused(
        "transitions",
        "start a proposed activity",
        "activity.illegal-transition",
        x ->
            x.coplan
                .activities()
                .changeStatus(
                    ChangeActivityStatus.start(x.a.id(), PartialDate.parse("2018-11-20"))));
    m.refused(
        "transitions",
        "schedule a proposed activity",
        "activity.illegal-transition",
        x -> x.coplan.activities().changeStatus(ChangeActivityStatus.schedule(x.a.id())));
    m.refused(
        "transitions",
        "postpone a proposed activity",
        "activity.illegal-transition",
        x -> x.coplan.activities().changeStatus(ChangeActivityStatus.postpone(x.a.id(), "Hoãn")));
    m.refused(
        "transitions",
        "activate an active plan",
        "plan.illegal-transition",
        x -> x.coplan.plans().changeStatus(ChangePlanStatus.activate(x.plan.id())));
    m.refused(
        "transitions",
        "resume an active plan",
        "plan.illegal-transition",
        x -> x.coplan.plans().changeStatus(ChangePlanStatus.resume(x.plan.id())));
    m.refused(
        "transitions",
        "complete a draft plan",
        "plan.illegal-transition",
        x -> x.coplan.plans().changeStatus(ChangePlanStatus.complete(x.draft.id())));
    m.refused(
        "transitions",
        "activate a draft without parties",
        "plan.activation-needs-parties",
        x -> x.coplan.plans().changeStatus(ChangePlanStatus.activate(x.draft.id())));
    m.refused(
        "transitions",
        "cancel a cancelled plan",
        "plan.illegal-transition",
        x -> x.coplan.plans().changeStatus(ChangePlanStatus.cancel(x.cancelled.id(), "Again")));
    m.refused(
        "transitions",
        "propose in a cancelled plan",
        "plan.frozen",
        x -> x.propose(x.cancelled, 1, "Late", null));
    m.refused(
        "transitions",
        "revise an activity of a cancelled plan",
        "plan.frozen",
        x -> x.coplan.activities().revise(new ReviseActivity(x.y.id(), x.y.details())));
    m.refused(
        "transitions",
        "describe a cancelled plan",
        "plan.frozen",
        x ->
            x.coplan
                .plans()
                .describe(new DescribePlan(x.cancelled.id(), LocalizedText.of("en", "Renamed"))));
    m.refused(
        "transitions",
        "withdraw a participation that is not there",
        "participation.unknown",
        x ->
            x.coplan
                .activities()
                .changeParticipation(
                    new io.github.coplan.application.ChangeParticipation(
                        x.a.id(),
                        Participant.of(x.iia.id()),
                        ParticipationRole.ATTENDEE,
                        ParticipationStatus.WITHDRAWN)));
    m.refused(
        "transitions",
        "the same participant twice in a role",
        "participation.exists",
        x ->
            x.coplan
                .activities()
                .addParticipant(
                    new AddParticipant(
                        x.a.id(),
                        Participant.of(x.dung.id()),
                        ParticipationRole.DELEGATE,
                        ParticipationStatus.INVITED)));
  }

  private static void referencesDuplicatesAndVersions(Matrix m, HostileFixture f) {
    UUID nobody = new UUID(0x7000L, 0x8000_0000_0000_0001L);
    m.refused(
        "references",
        "unknown plan",
        "not-found plan",
        x -> x.coplan.plans().get(new PlanId(nobody)));
    m.refused(
        "references",
        "propose in an unknown plan",
        "not-found plan",
        x ->
            x.coplan
                .activities()
                .propose(
                    new ProposeActivity(new PlanId(nobody), HostileFixture.details(1, "Orphan"))));
    m.refused(
        "references",
        "unknown activity",
        "not-found activity",
        x -> x.coplan.activities().changeStatus(ChangeActivityStatus.plan(new ActivityId(nobody))));
    m.refused(
        "references",
        "unknown person as participant",
        "not-found person",
        x ->
            x.coplan
                .activities()
                .addParticipant(
                    new AddParticipant(
                        x.a.id(),
                        Participant.of(new PersonId(nobody)),
                        ParticipationRole.ATTENDEE,
                        ParticipationStatus.INVITED)));
    m.refused(
        "references",
        "unknown organisation as party",
        "not-found organisation",
        x ->
            x.coplan
                .plans()
                .addParty(
                    new AddParty(
                        x.plan.id(), Party.of(new OrganisationId(nobody), PartyRole.FUNDING))));
    m.refused(
        "references",
        "missing command",
        invalid("command:required"),
        x -> x.coplan.plans().draft(null));
    m.refused(
        "references", "missing id", invalid("id:required"), x -> x.coplan.activities().get(null));
    m.refused("references", "id " + SQL_OR, invalid(":malformed"), x -> ActivityId.of(SQL_OR));
    m.refused("references", "id " + SQL_DROP, invalid(":malformed"), x -> PlanId.of(SQL_DROP));
    m.refused(
        "duplicates",
        "plan code taken",
        "duplicate plan.code",
        x ->
            x.coplan
                .plans()
                .draft(
                    new DraftPlan(PlanCode.of("HCMC-IIA-2018"), LocalizedText.of("en", "Again"))));
    m.refused(
        "duplicates",
        "organisation identifier taken",
        "duplicate organisation.identifier",
        x ->
            x.coplan
                .organisations()
                .update(
                    new UpdateOrganisation(
                        x.embassy.id(),
                        profile(
                            x.embassy.profile(),
                            null,
                            List.of(),
                            ExternalIdentifier.of("IL-GOV", "IIA")))));
    m.refused(
        "duplicates",
        "party added twice",
        "plan.party-exists",
        x ->
            x.coplan
                .plans()
                .addParty(new AddParty(x.plan.id(), Party.of(x.dost.id(), PartyRole.FUNDING))));
    m.refused(
        "versions",
        "activity revised from a stale version",
        "conflict activity",
        x ->
            x.coplan
                .activities()
                .revise(new ReviseActivity(x.a.id(), x.a.details(), x.a.version() - 1)));
    m.refused(
        "versions",
        "plan described from a stale version",
        "conflict plan",
        x ->
            x.coplan
                .plans()
                .describe(
                    new DescribePlan(x.plan.id(), x.plan.title())
                        .withPeriod(x.plan.period())
                        .expecting(x.plan.version() + 1)));
    m.refused(
        "versions",
        "organisation updated from a stale version",
        "conflict organisation",
        x ->
            x.coplan
                .organisations()
                .update(new UpdateOrganisation(x.dost.id(), x.dost.profile(), 0L)));
  }

  private static void sqlEverywhere(Matrix m, HostileFixture f) {
    for (String sort :
        List.of(
            SQL_SORT,
            SQL_DROP,
            SQL_OR,
            "title;",
            "title,desc;--",
            "title,asc,id",
            "TITLE",
            "plannedStart desc",
            "created,up",
            "",
            ONE_MB.substring(0, 100_000))) {
      m.refused(
          "SQL: sort field",
          abbreviate(sort),
          invalid("sort:malformed"),
          x ->
              x.coplan
                  .activities()
                  .search(ActivityQuery.builder().sort(ActivitySort.parse(sort)).build()));
    }
    for (String code : List.of(SQL_DROP, SQL_OR, "A; DELETE", "A'--")) {
      m.refused("SQL: plan code", code, invalid(":malformed"), x -> PlanCode.of(code));
    }
    m.refused(
        "SQL: web site",
        "javascript: link",
        invalid("link:malformed"),
        x ->
            x.coplan
                .plans()
                .addDocument(
                    new AddDocument(
                        x.plan.id(),
                        new PlanDocument(
                            DocumentType.OTHER,
                            LocalizedText.of("en", "Link"),
                            URI.create("javascript:alert(1)"),
                            null))));
    for (String text :
        List.of(SQL_DROP, SQL_OR, SQL_SORT, "%", "_", "\\", "%' OR '1'='1", "ĐỔI MỚI", "doi moi")) {
      m.read(
          "SQL: search text",
          text,
          x -> ids(x.coplan.activities().search(ActivityQuery.builder().text(text).build())));
    }
  }

  private static void cursors(Matrix m, HostileFixture f) {
    ActivitySort byTitle = ActivitySort.parse("title,asc");
    for (String cursor :
        List.of(SQL_DROP, SQL_OR, "", "c1", "AAAA", "====", "%00", ONE_MB.substring(0, 5000))) {
      m.refused(
          "cursor",
          "text " + abbreviate(cursor),
          invalid("cursor:malformed"),
          x ->
              x.coplan
                  .activities()
                  .search(ActivityQuery.builder().sort(byTitle).after(cursor).build()));
    }
    m.refused(
        "cursor",
        "truncated",
        invalid("cursor:malformed"),
        x ->
            x.coplan
                .activities()
                .search(
                    ActivityQuery.builder()
                        .plan(x.plan.id())
                        .pageSize(1)
                        .sort(byTitle)
                        .after(truncate(firstCursor(x, byTitle)))
                        .build()));
    m.refused(
        "cursor",
        "one character changed",
        invalid("cursor:malformed"),
        x ->
            x.coplan
                .activities()
                .search(
                    ActivityQuery.builder()
                        .plan(x.plan.id())
                        .pageSize(1)
                        .sort(byTitle)
                        .after(alter(firstCursor(x, byTitle)))
                        .build()));
    m.refused(
        "cursor",
        "made for another sort",
        invalid("cursor:malformed"),
        x ->
            x.coplan
                .activities()
                .search(
                    ActivityQuery.builder()
                        .plan(x.plan.id())
                        .pageSize(1)
                        .sort(ActivitySort.DEFAULT)
                        .after(firstCursor(x, byTitle))
                        .build()));
    m.refused(
        "cursor",
        "forged: version c2",
        invalid("cursor:malformed"),
        x -> search(x, byTitle, forge("c2", "title,asc", "a", x.a.id().toString())));
    m.refused(
        "cursor",
        "forged: id " + SQL_OR,
        invalid("cursor:malformed"),
        x -> search(x, byTitle, forge("c1", "title,asc", "a", SQL_OR)));
    m.refused(
        "cursor",
        "forged: planned-start key " + SQL_OR,
        invalid("cursor:malformed"),
        x ->
            search(
                x,
                ActivitySort.DEFAULT,
                forge("c1", "plannedStart,asc", SQL_OR, x.a.id().toString())));
    m.refused(
        "cursor",
        "forged: epoch day before year 1",
        invalid("cursor:malformed"),
        x ->
            search(
                x,
                ActivitySort.DEFAULT,
                forge("c1", "plannedStart,asc", "-719163", x.a.id().toString())));
    m.refused(
        "cursor",
        "forged: epoch day after year 9999",
        invalid("cursor:malformed"),
        x ->
            search(
                x,
                ActivitySort.DEFAULT,
                forge("c1", "plannedStart,asc", "2932897", x.a.id().toString())));
    m.refused(
        "cursor",
        "forged: created key not empty",
        invalid("cursor:malformed"),
        x ->
            search(
                x,
                ActivitySort.parse("created"),
                forge("c1", "created,asc", SQL_DROP, x.a.id().toString())));
    m.refused(
        "cursor",
        "forged: five fields",
        invalid("cursor:malformed"),
        x -> search(x, byTitle, forge("c1", "title,asc", "a\nb", x.a.id().toString())));
    m.read(
        "cursor",
        "forged: title key " + SQL_DROP,
        x -> ids(search(x, byTitle, new Cursor(byTitle, SQL_DROP, x.a.id().value()).encode())));
    m.read(
        "cursor",
        "forged: title key of 2,000 characters",
        x ->
            ids(
                search(
                    x,
                    byTitle,
                    new Cursor(byTitle, "z".repeat(2_000), x.a.id().value()).encode())));
    m.read(
        "cursor",
        "forged: epoch day 2932896 (9999-12-31)",
        x ->
            ids(
                search(
                    x,
                    ActivitySort.DEFAULT,
                    new Cursor(ActivitySort.DEFAULT, "2932896", x.a.id().value()).encode())));
    m.read(
        "cursor",
        "forged: epoch day -719162 (0001-01-01), id 0",
        x ->
            ids(
                search(
                    x,
                    ActivitySort.DEFAULT,
                    new Cursor(ActivitySort.DEFAULT, "-719162", new UUID(0, 0)).encode())));
    m.read(
        "cursor",
        "forged: id ffffffff-…",
        x ->
            ids(
                search(
                    x,
                    ActivitySort.parse("created,desc"),
                    new Cursor(ActivitySort.parse("created,desc"), "", new UUID(-1, -1))
                        .encode())));
  }

  /**
   * Inputs that are not errors and write: each must be stored as given and read back the same on
   * every store.
   */
  private static void accepted(Matrix m, HostileFixture f) {
    for (String text :
        List.of(SQL_DROP, SQL_OR, SQL_SORT, "Robert'); DROP TABLE person;--", "%_\\")) {
      m.written(
          "SQL as text",
          "organisation " + text,
          x ->
              x.coplan
                  .organisations()
                  .register(
                      new RegisterOrganisation(
                          OrganisationProfile.builder()
                              .name(LocalizedText.of("en", text))
                              .acronym(text)
                              .alternativeName(text)
                              .type(OrganisationType.OTHER)
                              .country(CountryCode.VN)
                              .identifier(ExternalIdentifier.of(text, text))
                              .website(URI.create("https://example.org/?q=1%20OR%201"))
                              .build())));
      m.written(
          "SQL as text",
          "person " + text,
          x ->
              x.coplan
                  .people()
                  .register(
                      new RegisterPerson(
                          new PersonProfile(text, CountryCode.IL, Set.of(text), text, true),
                          List.of(new Affiliation(x.iia.id(), text, null, null)))));
      m.written(
          "SQL as text",
          "activity " + text,
          x ->
              x.coplan
                  .activities()
                  .propose(
                      new ProposeActivity(
                          x.plan.id(),
                          HostileFixture.details(2, text).toBuilder()
                              .description(LocalizedText.of("en", text + "\n" + text))
                              .location(new Location(CountryCode.IL, text, text, true))
                              .build())));
      m.written(
          "SQL as text",
          "plan " + text,
          x ->
              x.coplan
                  .plans()
                  .draft(
                      new DraftPlan(
                              PlanCode.of("SQL-" + Math.abs(text.hashCode())),
                              LocalizedText.of("en", text))
                          .withSummary(LocalizedText.of("en", text))
                          .withPeriod(DateSpan.parse("2018/2021"))));
      m.read(
          "SQL as text",
          "search for " + text,
          x -> ids(x.coplan.activities().search(ActivityQuery.builder().text(text).build())));
    }
    m.written(
        "SQL as text",
        "cancellation reason " + SQL_DROP,
        x -> x.coplan.activities().changeStatus(ChangeActivityStatus.cancel(x.c.id(), SQL_DROP)));
    m.written(
        "language tag",
        "art-lojban (stored as jbo)",
        x ->
            x.coplan
                .activities()
                .propose(
                    new ProposeActivity(
                        x.plan.id(),
                        HostileFixture.details(1, "x").toBuilder()
                            .title(LocalizedText.of("art-lojban", "coi"))
                            .build())));
    m.written(
        "language tag",
        "iw (stored as he)",
        x ->
            x.coplan
                .activities()
                .propose(
                    new ProposeActivity(
                        x.plan.id(),
                        HostileFixture.details(1, "x").toBuilder()
                            .title(LocalizedText.of("iw", "שלום"))
                            .build())));
    m.written(
        "text",
        "at the limit: 500 emoji, 1,000 UTF-16 units",
        x -> x.propose(x.plan, 1, "\uD83D\uDE00".repeat(Texts.LINE_LIMIT), null));
    m.written(
        "text",
        "Hebrew right-to-left text without controls",
        x -> x.propose(x.plan, 1, "תוכנית שיתוף פעולה", null));
  }

  // ---- running ---------------------------------------------------------------------------------

  private static Outcome run(Case c, HostileFixture f) {
    try {
      return new Outcome("ok", c.call().apply(f));
    } catch (InvalidInputException e) {
      return new Outcome(
          invalid(
              e.violations().stream().map(v -> v.path() + ":" + v.code()).toArray(String[]::new)),
          null);
    } catch (NotFoundException e) {
      return new Outcome(e.code() + " " + e.kind(), null);
    } catch (DuplicateException e) {
      return new Outcome(e.code() + " " + e.what(), null);
    } catch (ConflictException e) {
      return new Outcome(e.code() + " " + e.kind(), null);
    } catch (RuleViolationException e) {
      return new Outcome(e.code(), null);
    } catch (CoplanException e) {
      return new Outcome(e.code() + ": " + e.getMessage(), null);
    } catch (Throwable t) {
      return new Outcome("UNEXPECTED " + t, null);
    }
  }

  /** A written aggregate reads back equal to what the call returned. */
  private static void readBack(HostileFixture f, Object value, String what, List<String> problems) {
    Object stored = value;
    if (value instanceof io.github.coplan.domain.activity.Activity a) {
      stored = f.coplan.activities().get(a.id());
    } else if (value instanceof io.github.coplan.domain.organisation.Organisation o) {
      stored = f.coplan.organisations().get(o.id());
    } else if (value instanceof io.github.coplan.domain.person.Person p) {
      stored = f.coplan.people().get(p.id());
    } else if (value instanceof io.github.coplan.domain.plan.CooperationPlan p) {
      stored = f.coplan.plans().get(p.id());
    }
    if (!stored.equals(value)) {
      problems.add(what + ": read back " + stored + " instead of " + value);
    }
  }

  /**
   * Compares every row of every table with the last dump; returns the new dump, so that one change
   * is reported once.
   */
  private static Map<String, List<String>> checkRaw(
      Store store, Map<String, List<String>> raw, String when, List<String> problems) {
    Map<String, List<String>> now = store.rawDump();
    if (!now.equals(raw)) {
      problems.add(when + ": the store changed: " + difference(raw, now));
    }
    return now;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * Collects the cases in order; those made while {@link #onChain} is set run on the store with the
   * deep chain.
   */
  private static final class Matrix {
    final List<Case> cases = new ArrayList<>();
    boolean onChain;

    void refused(
        String group, String name, String expected, Function<HostileFixture, Object> call) {
      cases.add(new Case(group, name, expected, false, onChain, call));
    }

    void read(String group, String name, Function<HostileFixture, Object> call) {
      cases.add(new Case(group, name, "ok", false, onChain, call));
    }

    void written(String group, String name, Function<HostileFixture, Object> call) {
      cases.add(new Case(group, name, "ok", true, onChain, call));
    }
  }

  /** An outcome as the matrix file shows it: the code, and how many rows a search gave. */
  private static String display(Outcome outcome) {
    return outcome.value() instanceof List<?> rows
        ? outcome.code() + " (" + rows.size() + " rows)"
        : outcome.code();
  }

  private static String invalid(String... violations) {
    return "invalid-input " + String.join(", ", violations);
  }

  private static List<ActivityId> ids(Page<io.github.coplan.domain.activity.Activity> page) {
    List<ActivityId> ids =
        new ArrayList<>(
            page.items().stream().map(io.github.coplan.domain.activity.Activity::id).toList());
    return ids;
  }

  private static Page<io.github.coplan.domain.activity.Activity> search(
      HostileFixture x, ActivitySort sort, String cursor) {
    return x.coplan.activities().search(ActivityQuery.builder().sort(sort).after(cursor).build());
  }

  private static String firstCursor(HostileFixture x, ActivitySort sort) {
    return x.coplan
        .activities()
        .search(ActivityQuery.builder().plan(x.plan.id()).pageSize(1).sort(sort).build())
        .nextCursor();
  }

  private static String truncate(String cursor) {
    return cursor.substring(0, cursor.length() - 3);
  }

  private static String alter(String cursor) {
    char[] chars = cursor.toCharArray();
    int i = chars.length / 2;
    chars[i] = chars[i] == 'A' ? 'B' : 'A';
    return new String(chars);
  }

  /**
   * A cursor made by hand in the documented form, with a correct checksum, so only its content can
   * be refused.
   */
  private static String forge(String version, String sort, String key, String id) {
    byte[] body = (version + '\n' + sort + '\n' + key + '\n' + id).getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(body);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            ByteBuffer.allocate(body.length + 4).put(body).putInt((int) crc.getValue()).array());
  }

  private static OrganisationProfile profile(
      OrganisationProfile p,
      String acronym,
      List<String> alternativeNames,
      ExternalIdentifier identifier) {
    return new OrganisationProfile(
        p.name(),
        acronym,
        alternativeNames,
        p.type(),
        p.country(),
        p.parent(),
        identifier == null ? Set.of() : Set.of(identifier),
        p.website());
  }

  private static OrganisationProfile withParent(OrganisationProfile p, OrganisationId parent) {
    return new OrganisationProfile(
        p.name(),
        p.acronym(),
        p.alternativeNames(),
        p.type(),
        p.country(),
        parent,
        p.identifiers(),
        p.website());
  }

  private static String abbreviate(Object value) {
    String s = String.valueOf(value).replace("\n", "\\n");
    return s.length() > 60 ? s.substring(0, 60) + "… (" + s.length() + " chars)" : s;
  }

  private static String difference(Map<String, ?> expected, Map<String, ?> actual) {
    List<String> keys = new ArrayList<>();
    Set<String> all = new java.util.TreeSet<>(expected.keySet());
    all.addAll(actual.keySet());
    for (String key : all) {
      if (!Objects.equals(expected.get(key), actual.get(key))) {
        keys.add(key + ": " + abbreviate(expected.get(key)) + " → " + abbreviate(actual.get(key)));
      }
    }
    return keys.size() > 5
        ? keys.subList(0, 5) + " and " + (keys.size() - 5) + " more"
        : keys.toString();
  }
}
