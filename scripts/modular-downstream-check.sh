#!/usr/bin/env bash
# Proves that a modular project outside this repository (its own module-info.java requiring the
# Coplan modules) compiles the README's code against the dependencies the README shows, runs it on
# the module path and prints what the README says; and that it cannot compile against Coplan's
# internal packages, which the core does not export.
#
# usage: scripts/modular-downstream-check.sh
#   MAVEN_REPO=/path       local Maven repository to install Coplan into (default: a throwaway one,
#                          deleted afterwards)
#   MAVEN_REPO_TAIL=/path  read-only local repository that the build's other artifacts are taken
#                          from before the network (default: ~/.m2/repository, left unchanged)
#   MAVEN_ARGS=-o          Maven's own variable, for an offline run
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=${MAVEN_REPO:-$work/repository}
tail=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
maven_repo=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail")
app="$work/app"

echo "installing Coplan into $repo"
# without tests, and so without JaCoCo's coverage floor, which an earlier partial test run would miss
(cd "$root" && ./mvnw -q install -DskipTests -Djacoco.skip=true -pl bom,core,storage-memory,storage-jdbi -am "${maven_repo[@]}")

mkdir -p "$app"
cp -r "$root/mvnw" "$root/.mvn" "$app/"
python3 - "$root/README.md" "$app" <<'PY'
import re, sys, pathlib
readme = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
app = pathlib.Path(sys.argv[2])
xml = re.search(r"```xml\n(.*?)```", readme, re.S).group(1)
# the README's blocks of statements that say what they print: the tour, then the storage example
blocks = [b for b in re.findall(r"```java\n(.*?)```", readme, re.S)
          if not b.lstrip().startswith("class ") and "// prints: " in b]
if not blocks or "Coplan.builder()" not in blocks[0]:
    sys.exit("the README's tour was not found")
expected = [line.strip() for b in blocks for line in re.findall(r"// prints: (.*)", b)]
pom = f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>modular-readme-tour</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
{xml}
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.16.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>3.9.0</version>
      </plugin>
    </plugins>
  </build>
</project>
"""
(app / "pom.xml").write_text(pom, encoding="utf-8")
src = app / "src/main/java"
(src / "tour").mkdir(parents=True)
(src / "module-info.java").write_text("""module coplan.tour {
  requires io.github.coplan.core;
  requires io.github.coplan.storage.memory;
  requires io.github.coplan.storage.jdbi;
}
""", encoding="utf-8")
imports = "".join("import %s.*;\n" % p for p in [
    "io.github.coplan", "io.github.coplan.application", "io.github.coplan.domain.access",
    "io.github.coplan.domain.activity", "io.github.coplan.domain.history", "java.util",
    "io.github.coplan.domain.error", "io.github.coplan.domain.organisation", "io.github.coplan.domain.person",
    "io.github.coplan.domain.market", "io.github.coplan.domain.network", "io.github.coplan.domain.result",
    "io.github.coplan.domain.plan", "io.github.coplan.domain.query", "io.github.coplan.domain.shared",
    "io.github.coplan.port.storage", "io.github.coplan.storage.memory", "io.github.coplan.storage.jdbi",
    "java.nio.file", "java.time"])
methods = "".join(" static void block%d() throws Exception {\n%s\n }\n\n" % (i, b) for i, b in enumerate(blocks))
calls = "".join("  block%d();\n" % i for i in range(len(blocks)))
(src / "tour/Tour.java").write_text("package tour;\n\n" + imports + "\npublic class Tour {\n\n" + methods
    + " public static void main(String[] args) throws Exception {\n" + calls + " }\n}\n", encoding="utf-8")
# kept aside until the tour has run: a class that uses the core's internal packages
(app / "Internal.java").write_text("""package tour;

import io.github.coplan.application.internal.Services;
import io.github.coplan.domain.internal.Validation;

final class Internal {
  static Object notNull() {
    return Validation.notNull("x", Services.class);
  }
}
""", encoding="utf-8")
(app / "expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")
PY

echo "compiling the tour in the module coplan.tour in $app"
(cd "$app" && ./mvnw -q "${maven_repo[@]}" compile dependency:build-classpath -Dmdep.outputFile=dependencies.txt)
# the module path: the tour's own module and every jar Maven resolved for it, nothing on the class path
module_path="$app/target/classes:$(cat "$app/dependencies.txt")"
echo "running it on the module path"
if ! (cd "$app" && java --module-path "$module_path" -m coplan.tour/tour.Tour > actual.txt 2> errors.txt); then
  cat "$app/errors.txt" >&2
  exit 1
fi
if diff -u "$app/expected.txt" "$app/actual.txt"; then
  echo "README code in a modular project, on the module path: OK ($(paste -sd '|' "$app/actual.txt" | sed 's/|/ | /g'))"
else
  echo "README code in a modular project printed something else" >&2
  exit 1
fi

echo "compiling a class that uses the core's internal packages; it must fail"
mv "$app/Internal.java" "$app/src/main/java/tour/"
if (cd "$app" && ./mvnw -q "${maven_repo[@]}" compile > internal.txt 2>&1); then
  echo "a class using io.github.coplan.domain.internal and io.github.coplan.application.internal compiled" >&2
  exit 1
fi
for package in io.github.coplan.domain.internal io.github.coplan.application.internal; do
  if ! grep -qF "package $package is declared in module io.github.coplan.core, which does not export it" "$app/internal.txt"; then
    echo "the class using $package failed for another reason than the module boundary:" >&2
    cat "$app/internal.txt" >&2
    exit 1
  fi
done
echo "internal packages from a modular project: refused (not exported by io.github.coplan.core): OK"
