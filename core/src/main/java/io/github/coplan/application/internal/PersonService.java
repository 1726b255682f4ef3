package io.github.coplan.application.internal;

import io.github.coplan.application.AddAffiliation;
import io.github.coplan.application.PersonUseCases;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.shared.IdSource;

/** Carries out {@link PersonUseCases}. Thread-safe. */
final class PersonService implements PersonUseCases {

  private final Units units;
  private final IdSource ids;

  PersonService(Units units, IdSource ids) {
    this.units = units;
    this.ids = ids;
  }

  @Override
  public Person register(RegisterPerson command) {
    Services.required("command", command);
    Person person = Person.register(new PersonId(ids.nextId()), command.profile(), command.affiliations());
    return units.write(r -> {
      for (Affiliation a : person.affiliations()) {
        Services.organisation(r, a.organisation());
      }
      return r.people().insert(person);
    });
  }

  @Override
  public Person addAffiliation(AddAffiliation command) {
    Services.required("command", command);
    return units.write(r -> {
      Person current = Services.person(r, command.person());
      Services.checkVersion("person", current.id(), current.version(), command.expectedVersion());
      Services.organisation(r, command.affiliation().organisation());
      return r.people().update(current.addAffiliation(command.affiliation()));
    });
  }

  @Override
  public Person get(PersonId id) {
    Services.required("id", id);
    return units.read(r -> Services.person(r, id));
  }
}
