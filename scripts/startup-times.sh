#!/usr/bin/env bash
# Measures a first start (initdb, migrations, the seed import) and a restart on the same data
# directory, each to the first page served, with the time of each phase and the CPU seconds used.
#
#   scripts/startup-times.sh [jar|classes|mvn] [JVM option...]
#
#   jar      java -jar target/civic-atlas-*.jar, as deployments run (run `mvn -o -q package
#            -DskipTests` first); the default
#   classes  java -cp target/classes:<runtime classpath>, what `mvn spring-boot:run` forks, without
#            Maven's own start-up (run `mvn -o -q compile` first)
#   mvn      `mvn -o -q spring-boot:run` itself (Maven's CPU counted apart)
#   cds      the jar extracted (java -Djarmode=tools ... extract) to target/app with a class-data
#            sharing archive: one training start (-XX:ArchiveClassesAtExit, a throw-away data
#            directory, the first page served, stopped) writes target/app/civic-atlas.jsa, then the
#            measured starts run with -XX:SharedArchiveFile (docs/performance.md, Start-up); an
#            archive newer than the jar is used again without training
#
# JVM options after the mode go to the portal's JVM (jar, classes) or to spring-boot:run's
# jvmArguments (mvn), e.g. `scripts/startup-times.sh jar -XX:TieredStopAtLevel=1`.
# ATLAS_STARTUP_RUNS=N measures N restarts (default 2); ATLAS_STARTUP_LOGS=DIR keeps the logs there.
#
# CPU seconds (user + system) are those of the portal's JVM with the processes it waited for
# (initdb, pg_ctl) and of PostgreSQL (the postmaster, its exited and its running children), read from
# /proc when the first page has been served: on a shared, loaded machine they stay stable while the
# wall time measures the queue for the CPU, so the load average is printed beside them.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-jar}
shift || true
jvm_options=("$@")
restarts=${ATLAS_STARTUP_RUNS:-2}
hz=$(getconf CLK_TCK)
work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-startup-XXXXXX")
data=$work/data
pid=
trap 'stop; [ -z "${ATLAS_STARTUP_LOGS:-}" ] || cp "$work"/*.log "$ATLAS_STARTUP_LOGS"/; rm -rf "$work"' EXIT

free_port() {
	local port
	while :; do
		port=$((20000 + RANDOM % 20000))
		(echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
	done
}

now_ms() { date +%s%3N; }

# utime + stime (+ cutime + cstime: children waited for) of a process, in clock ticks
ticks() { [ -r "/proc/$1/stat" ] && awk '{sub(/^.*\) /, ""); print $12 + $13 + $14 + $15}' "/proc/$1/stat" || echo 0; }

postgres_ticks() {
	local postmaster t=0 child
	[ -r "$data/postmaster.pid" ] || { echo 0; return; }
	postmaster=$(head -1 "$data/postmaster.pid")
	t=$(ticks "$postmaster")
	for child in $(ps -o pid= --ppid "$postmaster"); do t=$((t + $(ticks "$child"))); done
	echo "$t"
}

seconds() { echo "scale=2; $1 / $hz" | bc; }

launch() {
	local port=$1 log=$2
	local args=(--atlas.data-dir="$data" --server.port="$port")
	case $mode in
	cds)
		setsid java "${jvm_options[@]}" -XX:SharedArchiveFile=target/app/civic-atlas.jsa \
			-jar target/app/civic-atlas.jar "${args[@]}" >"$log" 2>&1 &
		pid=$!
		;;
	training)
		setsid java "${jvm_options[@]}" -XX:ArchiveClassesAtExit=target/app/civic-atlas.jsa \
			-jar target/app/civic-atlas.jar "${args[@]}" >"$log" 2>&1 &
		pid=$!
		;;
	jar)
		setsid java "${jvm_options[@]}" -jar target/civic-atlas-*.jar "${args[@]}" >"$log" 2>&1 &
		pid=$!
		;;
	classes)
		[ -s target/classpath.txt ] || mvn -o -q dependency:build-classpath -Dmdep.includeScope=runtime \
			-Dmdep.outputFile=target/classpath.txt >/dev/null
		setsid java "${jvm_options[@]}" -cp "target/classes:$(cat target/classpath.txt)" \
			org.civicatlas.CivicAtlasApplication "${args[@]}" >"$log" 2>&1 &
		pid=$!
		;;
	mvn)
		setsid mvn -o -q spring-boot:run -Dspring-boot.run.arguments="${args[*]}" \
			${jvm_options:+-Dspring-boot.run.jvmArguments="${jvm_options[*]}"} >"$log" 2>&1 &
		pid=$!
		;;
	*)
		echo "unknown mode $mode (jar, classes, mvn or cds)" >&2
		exit 2
		;;
	esac
}

# the portal's JVM: the launched process, or spring-boot:run's forked child
portal_pid() {
	if [ "$mode" = mvn ]; then pgrep -P "$pid" java || true; else echo "$pid"; fi
}

stop() {
	[ -n "$pid" ] || return 0
	local portal
	portal=$(portal_pid)
	[ -n "$portal" ] && kill -TERM "$portal" 2>/dev/null || true
	kill -TERM "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	pid=
	while [ -r "$data/postmaster.pid" ] && kill -0 "$(head -1 "$data/postmaster.pid")" 2>/dev/null; do sleep 0.1; done
}

# milliseconds after the launch at which the log's first line matching $2 was written
at() {
	local line stamp
	line=$(grep -m1 -E "$2" "$1" || true)
	[ -n "$line" ] || { echo "-"; return; }
	stamp=${line%% *}
	echo $(($(date -d "$stamp" +%s%3N) - started))
}

measure() {
	local name=$1 port log served portal cpu_jvm cpu_pg cpu_mvn=0 load
	port=$(free_port)
	log=$work/$name.log
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	: >"$log"
	started=$(now_ms)
	launch "$port" "$log"
	until grep -q -E 'Started CivicAtlasApplication|APPLICATION FAILED|BUILD FAILURE' "$log"; do
		kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
		sleep 0.05
	done
	grep -q 'Started CivicAtlasApplication' "$log" || { cat "$log" >&2; exit 1; }
	curl -fsS -o /dev/null "http://127.0.0.1:$port/"
	served=$(($(now_ms) - started))
	portal=$(portal_pid)
	cpu_jvm=$(ticks "$portal")
	cpu_pg=$(postgres_ticks)
	[ "$mode" = mvn ] && cpu_mvn=$(ticks "$pid") # the portal JVM is not reaped yet: not in it
	printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.1f s | %s s + %s s%s |\n' "$name" "$load" \
		"$(at "$log" 'Starting CivicAtlasApplication')" \
		"$(at "$log" 'Embedded PostgreSQL started')" \
		"$(at "$log" 'Successfully applied|is up to date')" \
		"$(grep -m1 -o -E 'Seeded [0-9]+ articles in [0-9]+ ms' "$log" | grep -o -E '[0-9]+ ms' || echo -)" \
		"$(at "$log" 'Initialized JPA EntityManagerFactory')" \
		"$(at "$log" 'Started CivicAtlasApplication')" \
		"$served" "$(echo "$served / 1000" | bc -l)" "$(seconds "$cpu_jvm")" "$(seconds "$cpu_pg")" \
		"$([ "$mode" = mvn ] && echo " (Maven $(seconds "$cpu_mvn") s)")"
	stop
}

echo "mode: $mode ${jvm_options[*]}; $(nproc) cores; times in ms after the launch"
echo
echo '| start | load average | JVM up ("Starting") | PostgreSQL ready | Flyway done | seed import | JPA ready | "Started" | first page | wall | CPU (JVM + PostgreSQL) |'
echo '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
# one training per build: an archive newer than the jar is used again
if [ "$mode" = cds ] && ! [ target/app/civic-atlas.jsa -nt "$(ls target/civic-atlas-*.jar)" ]; then
	java -Djarmode=tools -jar target/civic-atlas-*.jar extract --destination target/app \
		--application-filename civic-atlas.jar --force >/dev/null
	rm -f target/app/civic-atlas.jsa
	mode=training
	measure training
	mode=cds
	rm -rf "$data"
fi
measure first
for i in $(seq "$restarts"); do measure "restart$i"; done
