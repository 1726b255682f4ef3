package io.github.coplan.outputs.csv;

import io.github.coplan.application.AddParticipants;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.AffiliationSnapshot;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.person.PersonProfile;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.OrganisationQuery;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.shared.CountryCode;
import io.github.coplan.domain.shared.SearchFolding;
import io.github.coplan.outputs.csv.CsvFile.Parsed;
import io.github.coplan.outputs.csv.CsvFile.Row;
import io.github.coplan.outputs.support.Required;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The participant list of one activity (a delegation list) as CSV, out and back in.
 *
 * <p>The columns, named so in the header row, in any order:
 *
 * <ul>
 *   <li>{@code name} (required): the person's name;
 *   <li>{@code country} (required): their country, ISO 3166 alpha-2 ({@code VN}, {@code IL});
 *   <li>{@code contact}: an e-mail address or telephone number;
 *   <li>{@code organisation}: the name or acronym of an organisation registered in Coplan, in any
 *       of its languages, compared folded ({@link SearchFolding}); with a {@code position}, the
 *       person takes part on its behalf;
 *   <li>{@code position}: their position there, required with an organisation;
 *   <li>{@code role} (required): a {@link ParticipationRole} ({@code head_of_delegation});
 *   <li>{@code status}: a {@link ParticipationStatus}, {@code INVITED} when empty.
 * </ul>
 *
 * <p>Role and status are read in any case, with spaces or hyphens for underscores.
 *
 * <p><b>Natural keys.</b> A person's key is their contact (compared without case) when they have
 * one, otherwise their name folded with {@link SearchFolding} and their country. So a row with a
 * contact is the person with that contact, and a row without one is the person without a contact
 * whose folded name and country are the row's. A row no one matches registers a person, with the
 * organisation and position as an affiliation; a person found is left as they are. A participation
 * is the activity, the person and the role: a row whose participation is there already (or earlier
 * in the file) writes nothing, whatever its status. So importing a file twice, or importing what
 * {@link #export} wrote, records nothing twice.
 *
 * <p><b>One unit.</b> An import registers the people no one matches and then adds every new
 * participation as one change of the activity ({@link AddParticipants}), all in one unit of work:
 * the activity's history records one change, whatever the file's length. A file that would take the
 * activity past {@link Activity#MAX_PARTICIPATIONS} participations imports nothing and is reported
 * as {@code csv.too-many-participants} on row 1.
 *
 * <p>Thread-safe; holds no state between calls.
 */
public final class ParticipantCsv {

  /** The columns, in the order an export writes them. */
  public static final List<String> COLUMNS =
      List.of("name", "country", "contact", "organisation", "position", "role", "status");

  private final UseCases coplan;

  private ParticipantCsv(UseCases coplan) {
    this.coplan = coplan;
  }

  /**
   * The lists of activities read and written through the given use cases.
   *
   * @param coplan the use cases, acting as someone allowed to read (and, to import, to change) the
   *     activity and people
   * @return the participant lists
   * @throws InvalidInputException if it is null
   */
  public static ParticipantCsv of(@Nullable UseCases coplan) {
    return new ParticipantCsv(Required.of("coplan", coplan));
  }

  /**
   * A dry run: reads and checks every row against the store and writes nothing.
   *
   * @param activity the activity whose participants the file lists
   * @param in the file, UTF-8 with or without a byte order mark; read to its end, not closed
   * @return every problem, and when there is none what an import would create and find there
   * @throws InvalidInputException if an argument is null
   * @throws io.github.coplan.domain.error.NotFoundException if the activity is not there
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public CsvReport check(@Nullable ActivityId activity, @Nullable InputStream in) {
    Required.all("activity", activity, "in", in);
    Parsed parsed = CsvFile.read(Required.of("in", in), COLUMNS);
    return new Run(coplan, Required.of("activity", activity), parsed).run(false);
  }

  /**
   * Imports a file: checks every row as {@link #check} does and, when there is no problem, writes
   * every row in one transaction, all or none.
   *
   * @param activity the activity whose participants the file lists
   * @param in the file, UTF-8 with or without a byte order mark; read to its end, not closed
   * @return the report: with a problem, nothing was written and created is 0
   * @throws InvalidInputException if an argument is null
   * @throws io.github.coplan.domain.error.NotFoundException if the activity is not there
   * @throws io.github.coplan.domain.error.CoplanException as the use cases throw it when a write is
   *     refused (a closed activity, a missing right); nothing is written then
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public CsvReport importFile(@Nullable ActivityId activity, @Nullable InputStream in) {
    Required.all("activity", activity, "in", in);
    Parsed parsed = CsvFile.read(Required.of("in", in), COLUMNS);
    ActivityId id = Required.of("activity", activity);
    return coplan.inTransaction(tx -> new Run(tx, id, parsed).run(true));
  }

  /**
   * Writes the activity's participants that are people, in the activity's order, with the columns
   * of {@link #COLUMNS}: UTF-8 without a byte order mark, RFC 4180, cells neutralised. The
   * organisation is the original name of the participation's organisation; a forgotten person and
   * an organisation taking part are not written.
   *
   * @param activity the activity
   * @param out where to write; not closed
   * @throws InvalidInputException if an argument is null
   * @throws io.github.coplan.domain.error.NotFoundException if the activity is not there
   * @throws java.io.UncheckedIOException if the stream cannot be written
   */
  public void export(@Nullable ActivityId activity, @Nullable OutputStream out) {
    Required.all("activity", activity, "out", out);
    Activity a = coplan.activities().get(Required.of("activity", activity));
    Map<OrganisationId, String> names = new HashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (Participation p : a.participations()) {
      if (!(p.participant() instanceof Participant.Person)) {
        continue;
      }
      Person person = coplan.people().get(((Participant.Person) p.participant()).id());
      if (person.forgotten()) {
        continue;
      }
      PersonProfile profile = person.profile();
      AffiliationSnapshot at = p.affiliation();
      String organisation = "";
      if (at != null) {
        organisation =
            names.computeIfAbsent(
                at.organisation(), o -> coplan.organisations().get(o).profile().name().original());
      }
      String contact = profile.contact();
      rows.add(
          List.of(
              profile.name(),
              profile.country().code(),
              contact == null ? "" : contact,
              organisation,
              at == null ? "" : at.position(),
              p.role().name(),
              p.status().name()));
    }
    CsvFile.write(Required.of("out", out), COLUMNS, rows);
  }

  /** One participation a row adds. */
  private record Add(
      PersonProfile profile,
      @Nullable PersonId person,
      String personKey,
      ParticipationRole role,
      ParticipationStatus status,
      @Nullable AffiliationSnapshot affiliation) {}

  /** One check, and maybe one import, of a file. */
  private static final class Run {

    private final UseCases uc;
    private final ActivityId activity;
    private final Parsed parsed;
    private final List<CsvProblem> problems;
    private final Map<String, PersonId> byContact = new HashMap<>();
    private final Map<String, PersonId> byNameAndCountry = new HashMap<>();
    private final Map<String, Set<OrganisationId>> organisations = new HashMap<>();

    Run(UseCases uc, ActivityId activity, Parsed parsed) {
      this.uc = uc;
      this.activity = activity;
      this.parsed = parsed;
      this.problems = new ArrayList<>(parsed.problems());
    }

    CsvReport run(boolean write) {
      Activity a = uc.activities().get(activity);
      if (!problems.isEmpty()) {
        return new CsvReport(parsed.rowsRead(), 0, 0, problems);
      }
      readPeople();
      readOrganisations();
      Set<String> there = new HashSet<>();
      for (Participation p : a.participations()) {
        if (p.participant() instanceof Participant.Person) {
          there.add(ref(((Participant.Person) p.participant()).id(), null) + "|" + p.role());
        }
      }
      List<Add> adds = new ArrayList<>();
      int alreadyThere = 0;
      for (Row row : parsed.rows()) {
        Add add = check(row);
        if (add == null) {
          continue;
        }
        if (there.add(ref(add.person(), add.personKey()) + "|" + add.role())) {
          adds.add(add);
        } else {
          alreadyThere++;
        }
      }
      int holds = a.participations().size();
      if (holds + adds.size() > Activity.MAX_PARTICIPATIONS) {
        problems.add(
            new CsvProblem(
                1,
                "",
                "csv.too-many-participants",
                "the activity holds "
                    + holds
                    + " participations and the file adds "
                    + adds.size()
                    + "; an activity holds at most "
                    + Activity.MAX_PARTICIPATIONS));
      }
      if (!problems.isEmpty()) {
        return new CsvReport(parsed.rowsRead(), 0, 0, problems);
      }
      if (write && !adds.isEmpty()) {
        Map<String, PersonId> registered = new HashMap<>();
        List<AddParticipants.Entry> entries = new ArrayList<>(adds.size());
        for (Add add : adds) {
          PersonId person = add.person();
          if (person == null) {
            person = registered.get(add.personKey());
          }
          if (person == null) {
            person = register(add);
            registered.put(add.personKey(), person);
          }
          entries.add(
              new AddParticipants.Entry(
                  Participant.of(person), add.role(), add.status(), add.affiliation()));
        }
        uc.activities().addParticipants(new AddParticipants(activity, entries));
      }
      return new CsvReport(parsed.rowsRead(), adds.size(), alreadyThere, problems);
    }

    private PersonId register(Add add) {
      AffiliationSnapshot at = add.affiliation();
      List<Affiliation> affiliations =
          at == null
              ? List.of()
              : List.of(new Affiliation(at.organisation(), at.position(), null, null));
      return uc.people().register(new RegisterPerson(add.profile(), affiliations)).id();
    }

    private static String ref(@Nullable PersonId person, @Nullable String key) {
      return person != null ? "id:" + person : "new:" + key;
    }

    private @Nullable Add check(Row row) {
      int before = problems.size();
      int n = row.number();
      String name = CsvFile.required(row, "name", problems);
      String countryText = CsvFile.required(row, "country", problems);
      String contact = row.cell("contact");
      String organisationText = row.cell("organisation");
      String position = row.cell("position");
      String roleText = CsvFile.required(row, "role", problems);
      String statusText = row.cell("status");
      CountryCode country = null;
      if (countryText != null) {
        try {
          country = CountryCode.of(countryText);
        } catch (InvalidInputException e) {
          CsvFile.add(problems, n, "country", e);
        }
      }
      OrganisationId organisation = null;
      if (organisationText != null) {
        organisation = organisation(n, organisationText);
        if (position == null) {
          problems.add(
              new CsvProblem(
                  n, "position", "csv.required", "position is required with an organisation"));
        }
      } else if (position != null) {
        problems.add(
            new CsvProblem(
                n, "organisation", "csv.required", "organisation is required with a position"));
      }
      ParticipationRole role = null;
      if (roleText != null) {
        role = CsvFile.constant(ParticipationRole.class, roleText);
        if (role == null) {
          problems.add(
              new CsvProblem(n, "role", "csv.unknown-role", "no participation role " + roleText));
        }
      }
      ParticipationStatus status = ParticipationStatus.INVITED;
      if (statusText != null) {
        ParticipationStatus read = CsvFile.constant(ParticipationStatus.class, statusText);
        if (read == null) {
          problems.add(
              new CsvProblem(
                  n, "status", "csv.unknown-status", "no participation status " + statusText));
        } else {
          status = read;
        }
      }
      PersonProfile profile = null;
      if (name != null && country != null) {
        try {
          profile = new PersonProfile(name, country, Set.of(), contact, false);
        } catch (InvalidInputException e) {
          for (Violation v : e.violations()) {
            String column = v.path().startsWith("contact") ? "contact" : "name";
            problems.add(new CsvProblem(n, column, "csv." + v.code(), v.message()));
          }
        }
      }
      AffiliationSnapshot affiliation = null;
      if (organisation != null && position != null) {
        try {
          affiliation = new AffiliationSnapshot(organisation, position);
        } catch (InvalidInputException e) {
          CsvFile.add(problems, n, "position", e);
        }
      }
      if (problems.size() > before || profile == null || role == null) {
        return null;
      }
      String key = personKey(profile.name(), profile.country(), profile.contact());
      PersonId person = profile.contact() != null ? byContact.get(key) : byNameAndCountry.get(key);
      return new Add(profile, person, key, role, status, affiliation);
    }

    private @Nullable OrganisationId organisation(int row, String text) {
      Set<OrganisationId> found = organisations.get(SearchFolding.fold(text));
      if (found == null || found.isEmpty()) {
        problems.add(
            new CsvProblem(
                row,
                "organisation",
                "csv.unknown-organisation",
                "no organisation registered is named " + text));
        return null;
      }
      if (found.size() > 1) {
        problems.add(
            new CsvProblem(
                row,
                "organisation",
                "csv.ambiguous-organisation",
                found.size() + " organisations are named " + text));
        return null;
      }
      return found.iterator().next();
    }

    private static String personKey(String name, CountryCode country, @Nullable String contact) {
      return contact != null
          ? "contact:" + contact.strip().toLowerCase(Locale.ROOT)
          : "name:" + SearchFolding.fold(name) + "|" + country.code();
    }

    private void readPeople() {
      String cursor = null;
      do {
        Page<Person> page =
            uc.people()
                .search(
                    PersonQuery.builder()
                        .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                        .after(cursor)
                        .build());
        for (Person person : page.items()) {
          if (person.forgotten()) {
            continue;
          }
          PersonProfile profile = person.profile();
          if (profile.contact() != null) {
            byContact.putIfAbsent(
                personKey(profile.name(), profile.country(), profile.contact()), person.id());
          } else {
            byNameAndCountry.putIfAbsent(
                personKey(profile.name(), profile.country(), null), person.id());
          }
        }
        cursor = page.nextCursor();
      } while (cursor != null);
    }

    private void readOrganisations() {
      String cursor = null;
      do {
        Page<Organisation> page =
            uc.organisations()
                .search(
                    OrganisationQuery.builder()
                        .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                        .after(cursor)
                        .build());
        for (Organisation o : page.items()) {
          Set<String> names = new LinkedHashSet<>(o.profile().name().texts().values());
          String acronym = o.profile().acronym();
          if (acronym != null) {
            names.add(acronym);
          }
          names.addAll(o.profile().alternativeNames());
          for (String name : names) {
            organisations
                .computeIfAbsent(SearchFolding.fold(name), k -> new LinkedHashSet<>())
                .add(o.id());
          }
        }
        cursor = page.nextCursor();
      } while (cursor != null);
    }
  }
}
