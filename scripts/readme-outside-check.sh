#!/usr/bin/env bash
# Proves that a Maven project outside this repository, declaring exactly the dependencies the
# README shows, compiles and runs the README's API tour and prints what the README says, and runs
# the README's test (CoplanExtension and TestData) against the installed artifacts with JUnit's own
# engine, as an application's build would.
#
# usage: scripts/readme-outside-check.sh
#   MAVEN_REPO=/path   local Maven repository to install into and read from (default: ~/.m2/repository)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
repo=${MAVEN_REPO:-$HOME/.m2/repository}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "installing Coplan into $repo"
(cd "$root" && ./mvnw -q install -DskipTests -Dmaven.repo.local="$repo")

cp -r "$root/mvnw" "$root/.mvn" "$work/"
python3 - "$root/README.md" "$work" <<'PY'
import re, sys, pathlib
readme = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
work = pathlib.Path(sys.argv[2])
xml = re.search(r"```xml\n(.*?)```", readme, re.S).group(1)
tour = re.search(r"```java\n(.*?)```", readme, re.S).group(1)
expected = re.findall(r"// prints: (.*)", tour)
pom = f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>readme-tour</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
{xml.replace("</dependencies>", '''  <dependency>
    <groupId>org.junit.jupiter</groupId>
    <artifactId>junit-jupiter</artifactId>
    <version>6.1.3</version>
    <scope>test</scope>
  </dependency>
  <dependency>
    <groupId>org.assertj</groupId>
    <artifactId>assertj-core</artifactId>
    <version>3.27.7</version>
    <scope>test</scope>
  </dependency>
</dependencies>''')}
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.5.4</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.16.0</version>
      </plugin>
      <plugin>
        <groupId>org.codehaus.mojo</groupId>
        <artifactId>exec-maven-plugin</artifactId>
        <version>3.7.0</version>
      </plugin>
    </plugins>
  </build>
</project>
"""
(work / "pom.xml").write_text(pom, encoding="utf-8")
imports = "\n".join("import %s.*;" % p for p in [
    "io.github.coplan", "io.github.coplan.application", "io.github.coplan.domain.access",
    "io.github.coplan.domain.activity", "io.github.coplan.domain.history", "java.util",
    "io.github.coplan.domain.organisation", "io.github.coplan.domain.plan", "io.github.coplan.domain.query",
    "io.github.coplan.domain.person", "io.github.coplan.domain.error",
    "io.github.coplan.domain.shared", "io.github.coplan.storage.memory", "java.time"])
src = work / "src/main/java"
src.mkdir(parents=True)
(src / "Tour.java").write_text(imports + "\npublic class Tour {\n public static void main(String[] args) {\n"
                               + tour + "\n }\n}\n", encoding="utf-8")
(work / "expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")
test = next(b for b in re.findall(r"```java\n(.*?)```", readme, re.S) if "@ExtendWith(CoplanExtension.class)" in b)
name = re.search(r"class (\w+)", test).group(1)
tests = work / "src/test/java"
tests.mkdir(parents=True)
(tests / (name + ".java")).write_text(imports + "\nimport io.github.coplan.application.*;\nimport io.github.coplan.junit.*;\n"
    + "import org.junit.jupiter.api.*;\nimport org.junit.jupiter.api.extension.*;\n"
    + "import static org.assertj.core.api.Assertions.*;\n" + test, encoding="utf-8")
(work / "test-class.txt").write_text(name, encoding="utf-8")
PY

echo "compiling and running the tour in $work"
(cd "$work" && ./mvnw -q -Dmaven.repo.local="$repo" compile exec:java -Dexec.mainClass=Tour > actual.txt)
if diff -u "$work/expected.txt" "$work/actual.txt"; then
  echo "README tour outside the repository: OK ($(cat "$work/actual.txt"))"
else
  echo "README tour outside the repository printed something else" >&2
  exit 1
fi

echo "running the README's test in $work"
(cd "$work" && ./mvnw -q -Dmaven.repo.local="$repo" test)
report="$work/target/surefire-reports/TEST-$(cat "$work/test-class.txt").xml"
python3 - "$report" <<'PY'
import sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
tests, failed, skipped = int(r.get("tests")), int(r.get("failures")) + int(r.get("errors")), int(r.get("skipped"))
print(f"README test outside the repository: {r.get('name')}: {tests} run, {failed} failed, {skipped} skipped")
sys.exit(0 if tests > 0 and failed == 0 and skipped == 0 else 1)
PY
