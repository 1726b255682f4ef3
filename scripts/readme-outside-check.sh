#!/usr/bin/env bash
# Proves that a Maven project outside this repository, declaring exactly the dependencies the
# README shows, compiles and runs the README's API tour and prints what the README says.
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
{xml}
  <build>
    <plugins>
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
    "io.github.coplan", "io.github.coplan.application", "io.github.coplan.domain.activity",
    "io.github.coplan.domain.organisation", "io.github.coplan.domain.plan", "io.github.coplan.domain.query",
    "io.github.coplan.domain.shared", "io.github.coplan.storage.memory", "java.time"])
src = work / "src/main/java"
src.mkdir(parents=True)
(src / "Tour.java").write_text(imports + "\npublic class Tour {\n public static void main(String[] args) {\n"
                               + tour + "\n }\n}\n", encoding="utf-8")
(work / "expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")
PY

echo "compiling and running the tour in $work"
(cd "$work" && ./mvnw -q -Dmaven.repo.local="$repo" compile exec:java -Dexec.mainClass=Tour > actual.txt)
if diff -u "$work/expected.txt" "$work/actual.txt"; then
  echo "README tour outside the repository: OK ($(cat "$work/actual.txt"))"
else
  echo "README tour outside the repository printed something else" >&2
  exit 1
fi
